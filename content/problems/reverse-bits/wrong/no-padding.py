# Reverses the binary digits without padding to 32 bits, so leading zeros are lost.
class Solution:
    def reverseBits(self, n):
        return int(bin(n)[2:][::-1], 2)
