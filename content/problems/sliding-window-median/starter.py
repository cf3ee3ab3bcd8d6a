class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        pass
