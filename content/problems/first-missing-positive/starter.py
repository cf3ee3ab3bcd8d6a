class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        pass
