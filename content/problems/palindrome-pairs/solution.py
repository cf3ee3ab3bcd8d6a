class Solution:
    def palindromePairs(self, words: List[str]) -> List[List[int]]:
        # Map each word, reversed, to its index: a partner for w must mirror a piece of w.
        mirror = {w[::-1]: i for i, w in enumerate(words)}
        pairs = []
        for i, w in enumerate(words):
            for cut in range(len(w) + 1):
                left, right = w[:cut], w[cut:]
                # w + partner: partner mirrors the left piece, the right piece reads the same both ways.
                j = mirror.get(left)
                if j is not None and j != i and right == right[::-1]:
                    pairs.append([i, j])
                # partner + w: partner mirrors the right piece, the left piece reads the same both ways.
                # cut > 0 so that a whole-word mirror is not reported twice.
                j = mirror.get(right)
                if cut > 0 and j is not None and j != i and left == left[::-1]:
                    pairs.append([j, i])
        return pairs
