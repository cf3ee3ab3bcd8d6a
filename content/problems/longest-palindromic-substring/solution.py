class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best_start, best_length = 0, 1
        # Centre c covers the character c // 2 (even c) or the gap after it (odd c).
        for c in range(2 * n - 1):
            left = c // 2
            right = left + c % 2
            while left >= 0 and right < n and s[left] == s[right]:
                left -= 1
                right += 1
            if right - left - 1 > best_length:
                best_start, best_length = left + 1, right - left - 1
        return s[best_start : best_start + best_length]
