class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # run = best sum of a block ending at the current element (Kadane).
        run = best = nums[0]
        for x in nums[1:]:
            run = x if run < 0 else run + x
            if run > best:
                best = run
        return best
