# Restarts the window right at the repeat, forgetting the characters between.
class Solution:
    def lengthOfLongestSubstring(self, s):
        best, seen = 0, set()
        for c in s:
            if c in seen:
                seen = set()
            seen.add(c)
            best = max(best, len(seen))
        return best
