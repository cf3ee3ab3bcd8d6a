class Solution:
    def findContentChildren(self, g: List[int], s: List[int]) -> int:
        greed, sizes = sorted(g), sorted(s)
        child = 0
        for size in sizes:
            if child < len(greed) and size >= greed[child]:
                child += 1
        return child
