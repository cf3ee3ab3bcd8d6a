# Stops when both strings are used up and forgets a carry that is still 1.
class Solution:
    def addBinary(self, a, b):
        digits = []
        i, j, carry = len(a) - 1, len(b) - 1, 0
        while i >= 0 or j >= 0:
            total = carry
            if i >= 0:
                total += int(a[i])
                i -= 1
            if j >= 0:
                total += int(b[j])
                j -= 1
            digits.append(str(total % 2))
            carry = total // 2
        return "".join(reversed(digits))
