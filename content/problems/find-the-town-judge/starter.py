class Solution:
    def findJudge(self, n: int, trust: List[List[int]]) -> int:
        pass
