# Assumes the paired numbers are all equal.
class Solution:
    def singleNumber(self, nums):
        return sum(nums) - (len(nums) - 1) * min(nums) if len(nums) > 1 else nums[0]
