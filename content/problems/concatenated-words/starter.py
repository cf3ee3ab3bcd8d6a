class Solution:
    def findAllConcatenatedWordsInADict(self, words: List[str]) -> List[str]:
        pass
