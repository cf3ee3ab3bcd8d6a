# Scans both sides of every bar: right, but far too slow for 10^5 bars.
class Solution:
    def trap(self, height):
        water = 0
        for i, h in enumerate(height):
            water += max(0, min(max(height[: i + 1]), max(height[i:])) - h)
        return water
