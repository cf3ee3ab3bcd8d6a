class Solution:
    def islandPerimeter(self, grid: List[List[int]]) -> int:
        pass
