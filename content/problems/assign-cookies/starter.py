class Solution:
    def findContentChildren(self, g: List[int], s: List[int]) -> int:
        pass
