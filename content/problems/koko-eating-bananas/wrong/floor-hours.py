# Rounds the hours for each pile down instead of up.
class Solution:
    def minEatingSpeed(self, piles, h):
        lo, hi = 1, max(piles)
        while lo < hi:
            k = (lo + hi) // 2
            if sum(p // k for p in piles) <= h:
                hi = k
            else:
                lo = k + 1
        return lo
