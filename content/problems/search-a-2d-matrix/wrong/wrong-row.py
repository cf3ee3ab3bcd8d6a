# Picks the first row whose first value is >= target, which is one row too far when the
# target sits inside the previous row.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        row = 0
        while row < len(matrix) - 1 and matrix[row][0] < target:
            row += 1
        return target in matrix[row]
