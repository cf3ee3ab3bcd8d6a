class Solution:
    def calPoints(self, operations: List[str]) -> int:
        pass
