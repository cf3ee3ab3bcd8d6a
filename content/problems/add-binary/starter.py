class Solution:
    def addBinary(self, a: str, b: str) -> str:
        pass
