# Reads '*' as "one or more", so a starred unit can never be skipped.
class Solution:
    def isMatch(self, s, p):
        from functools import lru_cache

        @lru_cache(maxsize=None)
        def match(i, j):
            if j == len(p):
                return i == len(s)
            first = i < len(s) and p[j] in (s[i], ".")
            if j + 1 < len(p) and p[j + 1] == "*":
                return first and (match(i + 1, j) or match(i + 1, j + 2))
            return first and match(i + 1, j + 1)

        return match(0, 0)
