class Solution:
    def rob(self, nums: List[int]) -> int:
        before, last = 0, 0  # best totals up to house i - 2 and i - 1
        for x in nums:
            before, last = last, max(last, before + x)
        return last
