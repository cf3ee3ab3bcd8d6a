class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # x ^ x = 0 and x ^ 0 = x, so every pair cancels out.
        acc = 0
        for x in nums:
            acc ^= x
        return acc
