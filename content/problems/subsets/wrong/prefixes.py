# Only the prefixes of nums.
class Solution:
    def subsets(self, nums):
        return [nums[:i] for i in range(len(nums) + 1)]
