# Compares every pair: right answers, far too slow on the large tests.
class Solution:
    def containsDuplicate(self, nums):
        for i in range(len(nums)):
            for j in range(i):
                if nums[i] == nums[j]:
                    return True
        return False
