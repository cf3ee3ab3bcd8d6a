# Returns all of s whenever it contains t's letters.
class Solution:
    def minWindow(self, s, t):
        return s if not (Counter(t) - Counter(s)) else ""
