class Solution:
    def romanToInt(self, s: str) -> int:
        pass
