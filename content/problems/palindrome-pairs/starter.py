class Solution:
    def palindromePairs(self, words: List[str]) -> List[List[int]]:
        pass
