# Checks every substring character by character: O(n^3).
class Solution:
    def longestPalindrome(self, s):
        n = len(s)
        best = s[0]
        for i in range(n):
            for j in range(i + 1, n):
                a, b = i, j
                while a < b and s[a] == s[b]:
                    a += 1
                    b -= 1
                if a >= b and j - i + 1 > len(best):
                    best = s[i : j + 1]
        return best
