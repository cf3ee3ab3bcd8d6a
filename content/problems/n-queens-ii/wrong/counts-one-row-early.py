# Counts an arrangement as soon as the second-to-last row is filled.
class Solution:
    def totalNQueens(self, n):
        cols, d1, d2 = set(), set(), set()

        def place(row):
            if row >= n - 1:
                return 1
            count = 0
            for col in range(n):
                if col in cols or row - col in d1 or row + col in d2:
                    continue
                cols.add(col)
                d1.add(row - col)
                d2.add(row + col)
                count += place(row + 1)
                cols.remove(col)
                d1.remove(row - col)
                d2.remove(row + col)
            return count

        return place(0)
