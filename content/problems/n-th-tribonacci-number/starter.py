class Solution:
    def tribonacci(self, n: int) -> int:
        pass
