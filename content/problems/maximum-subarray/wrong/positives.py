# Adds up the positive numbers, wherever they are.
class Solution:
    def maxSubArray(self, nums):
        pos = sum(x for x in nums if x > 0)
        return pos if pos > 0 else max(nums)
