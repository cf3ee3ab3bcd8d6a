# Tries every pair of ends: right, but far too slow for 10^5 bars.
class Solution:
    def largestRectangleArea(self, heights):
        best = 0
        for i in range(len(heights)):
            low = heights[i]
            for j in range(i, len(heights)):
                low = min(low, heights[j])
                best = max(best, low * (j - i + 1))
        return best
