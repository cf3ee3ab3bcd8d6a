class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        pass
