# Plain DFS from every cell without memoisation: exponential on grids with many climbing routes.
class Solution:
    def longestIncreasingPath(self, matrix):
        rows, cols = len(matrix), len(matrix[0])

        def walk(r, c):
            longest = 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                    longest = max(longest, 1 + walk(nr, nc))
            return longest

        return max(walk(r, c) for r in range(rows) for c in range(cols))
