# Tries every split without remembering: right, but far too slow on the long tests.
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        def ok(i):
            if i == len(s):
                return True
            for j in range(i + 1, len(s) + 1):
                if s[i:j] in words and ok(j):
                    return True
            return False
        return ok(0)
