# Tries every way of cutting the rest of the word without remembering dead ends: exponential.
class Solution:
    def findAllConcatenatedWordsInADict(self, words):
        dict_ = set(words)

        def can(w, start, pieces):
            if start == len(w):
                return pieces >= 2
            for end in range(start + 1, len(w) + 1):
                if w[start:end] in dict_ and can(w, end, pieces + 1):
                    return True
            return False

        return [w for w in words if can(w, 0, 0)]
