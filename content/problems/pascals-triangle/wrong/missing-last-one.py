# Forgets the closing 1 of each row after the first.
class Solution:
    def generate(self, numRows):
        rows = [[1]]
        for _ in range(1, numRows):
            prev = rows[-1]
            rows.append([1] + [prev[c - 1] + prev[c] for c in range(1, len(prev))])
        return rows
