class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        pass
