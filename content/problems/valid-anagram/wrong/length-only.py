# Only compares lengths.
class Solution:
    def isAnagram(self, s, t):
        return len(s) == len(t)
