class Solution:
    def findMaxAverage(self, nums: List[int], k: int) -> float:
        pass
