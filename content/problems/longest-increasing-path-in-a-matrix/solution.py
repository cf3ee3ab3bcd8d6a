class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        rows, cols = len(matrix), len(matrix[0])
        best = [[0] * cols for _ in range(rows)]
        # Highest first: every strictly higher neighbour is final before a cell is computed.
        cells = sorted(((matrix[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
        answer = 0
        for value, r, c in cells:
            longest = 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > value:
                    longest = max(longest, best[nr][nc] + 1)
            best[r][c] = longest
            answer = max(answer, longest)
        return answer
