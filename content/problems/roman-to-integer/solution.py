ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


class Solution:
    def romanToInt(self, s: str) -> int:
        total = 0
        for i, letter in enumerate(s):
            value = ROMAN_VALUES[letter]
            # A smaller letter in front of a larger one is subtracted (IV, XC, CM, ...).
            if i + 1 < len(s) and value < ROMAN_VALUES[s[i + 1]]:
                total -= value
            else:
                total += value
        return total
