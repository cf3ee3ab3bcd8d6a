class Solution:
    def candy(self, ratings: List[int]) -> int:
        pass
