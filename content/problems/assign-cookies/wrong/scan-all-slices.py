# For each guest, scans every slice for the smallest unused one that fits: O(n * m).
class Solution:
    def findContentChildren(self, g: List[int], s: List[int]) -> int:
        used = [False] * len(s)
        happy = 0
        for need in sorted(g):
            best = -1
            for j in range(len(s)):
                if not used[j] and s[j] >= need and (best == -1 or s[j] < s[best]):
                    best = j
            if best != -1:
                used[best] = True
                happy += 1
        return happy
