# Compares the first and the last word without sorting, so a middle word is never checked.
class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        a, b = strs[0], strs[-1]
        i = 0
        while i < len(a) and i < len(b) and a[i] == b[i]:
            i += 1
        return a[:i]
