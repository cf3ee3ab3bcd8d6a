class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        pass
