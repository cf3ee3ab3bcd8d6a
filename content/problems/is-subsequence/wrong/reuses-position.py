# Searches for the next character from the position of the last match, not after it,
# so one letter of t can be used twice.
class Solution:
    def isSubsequence(self, s: str, t: str) -> bool:
        pos = 0
        for ch in s:
            found = t.find(ch, pos)
            if found == -1:
                return False
            pos = found
        return True
