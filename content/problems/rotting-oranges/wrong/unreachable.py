# Never reports that some orange cannot rot.
class Solution:
    def orangesRotting(self, grid):
        m, n = len(grid), len(grid[0])
        q = deque((i, j) for i in range(m) for j in range(n) if grid[i][j] == 2)
        g = [row[:] for row in grid]
        minutes = 0
        while q:
            nxt = deque()
            for i, j in q:
                for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= x < m and 0 <= y < n and g[x][y] == 1:
                        g[x][y] = 2
                        nxt.append((x, y))
            if nxt:
                minutes += 1
            q = nxt
        return minutes
