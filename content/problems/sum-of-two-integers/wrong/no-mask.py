# Copies the 32-bit loop without masking: with a negative input the carry never dies out.
class Solution:
    def getSum(self, a, b):
        while b != 0:
            a, b = a ^ b, (a & b) << 1
        return a
