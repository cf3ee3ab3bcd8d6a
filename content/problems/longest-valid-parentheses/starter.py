class Solution:
    def longestValidParentheses(self, s: str) -> int:
        pass
