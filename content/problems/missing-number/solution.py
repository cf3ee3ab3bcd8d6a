class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # XOR of 0..n and of every value: present numbers cancel in pairs.
        acc = len(nums)
        for i, x in enumerate(nums):
            acc ^= i ^ x
        return acc
