class Solution:
    def isPalindrome(self, s: str) -> bool:
        pass
