class Solution:
    def minWindow(self, s: str, t: str) -> str:
        pass
