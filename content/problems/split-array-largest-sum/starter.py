class Solution:
    def splitArray(self, nums: List[int], k: int) -> int:
        pass
