# Tries taking or skipping every stall without memoisation: exponential in n.
class Solution:
    def rob(self, nums):
        n = len(nums)
        if n == 1:
            return nums[0]

        def best(i, end):
            if i > end:
                return 0
            return max(best(i + 1, end), nums[i] + best(i + 2, end))

        return max(best(0, n - 2), best(1, n - 1))
