# Tries both splits at every digit without memoisation: exponential time.
class Solution:
    def numDecodings(self, s):
        def count(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            total = count(i + 1)
            if i + 1 < len(s) and int(s[i : i + 2]) <= 26:
                total += count(i + 2)
            return total

        return count(0)
