class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        pass
