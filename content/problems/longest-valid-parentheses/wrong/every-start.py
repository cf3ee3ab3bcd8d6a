# Tries every starting position and scans forward: O(n^2).
class Solution:
    def longestValidParentheses(self, s):
        best = 0
        n = len(s)
        for i in range(n):
            balance = 0
            for j in range(i, n):
                balance += 1 if s[j] == "(" else -1
                if balance < 0:
                    break
                if balance == 0:
                    best = max(best, j - i + 1)
        return best
