class Solution:
    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF  # Python ints are unbounded: emulate 32-bit two's complement
        a &= mask
        b &= mask
        while b:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        # A set bit 31 means a negative 32-bit result.
        return a if a <= 0x7FFFFFFF else ~(a ^ mask)
