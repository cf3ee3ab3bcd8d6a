class Solution:
    def replaceWords(self, dictionary: List[str], sentence: str) -> str:
        pass
