# Tries every ordered pair of words: O(n^2 * k).
class Solution:
    def palindromePairs(self, words):
        pairs = []
        for i, a in enumerate(words):
            for j, b in enumerate(words):
                if i != j:
                    s = a + b
                    if s == s[::-1]:
                        pairs.append([i, j])
        return pairs
