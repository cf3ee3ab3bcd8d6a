# Treats only I as a subtractive prefix; XL, XC, CD and CM are added.
class Solution:
    def romanToInt(self, s):
        values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
        total = 0
        for i, letter in enumerate(s):
            if letter == "I" and i + 1 < len(s) and s[i + 1] in "VX":
                total -= 1
            else:
                total += values[letter]
        return total
