class Solution:
    def canJump(self, nums: List[int]) -> bool:
        farthest = 0  # largest index reachable so far
        last = len(nums) - 1
        for i, x in enumerate(nums):
            if i > farthest:
                return False
            if i + x > farthest:
                farthest = i + x
            if farthest >= last:
                return True
        return True
