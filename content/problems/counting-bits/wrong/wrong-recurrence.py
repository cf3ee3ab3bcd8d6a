# Uses i >> 1 but forgets the lowest bit.
class Solution:
    def countBits(self, n):
        dp = [0] * (n + 1)
        for i in range(1, n + 1):
            dp[i] = dp[i >> 1] + (1 if i == 1 else 0)
        return dp
