class Solution:
    def numDecodings(self, s: str) -> int:
        # prev2 = ways for the prefix two digits shorter, prev1 = one digit shorter.
        prev2, prev1 = 1, 0 if s[0] == "0" else 1
        for i in range(2, len(s) + 1):
            here = prev1 if s[i - 1] != "0" else 0
            if 10 <= int(s[i - 2 : i]) <= 26:
                here += prev2
            prev2, prev1 = prev1, here
        return prev1
