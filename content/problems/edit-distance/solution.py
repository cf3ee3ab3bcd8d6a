class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        b = len(word2)
        # prev[j] = edits turning word1[:i-1] into word2[:j]; cur is row i.
        prev = list(range(b + 1))
        for i, ch in enumerate(word1, 1):
            cur = [i] + [0] * b
            for j in range(1, b + 1):
                if ch == word2[j - 1]:
                    cur[j] = prev[j - 1]
                else:
                    cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
            prev = cur
        return prev[b]
