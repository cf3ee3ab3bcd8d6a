# Always jumps as far as possible, never shorter.
class Solution:
    def canJump(self, nums):
        i = 0
        while i < len(nums) - 1:
            if nums[i] == 0:
                return False
            i += nums[i]
        return True
