# Only considers walls next to each other.
class Solution:
    def maxArea(self, height):
        return max(min(a, b) for a, b in zip(height, height[1:]))
