class Solution:
    def mySqrt(self, x: int) -> int:
        pass
