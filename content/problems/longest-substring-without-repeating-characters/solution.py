class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last_seen = {}  # character -> index of its latest occurrence
        start = 0  # the window is s[start..i]
        best = 0
        for i, ch in enumerate(s):
            prev = last_seen.get(ch, -1)
            if prev >= start:
                start = prev + 1
            last_seen[ch] = i
            if i - start + 1 > best:
                best = i - start + 1
        return best
