# Keeps letters but drops digits.
class Solution:
    def isPalindrome(self, s):
        t = [c.lower() for c in s if c.isalpha()]
        return t == t[::-1]
