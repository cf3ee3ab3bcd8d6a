# Joins cells that touch only at a corner.
class Solution:
    def numIslands(self, grid):
        m, n = len(grid), len(grid[0])
        seen = set()
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == "1" and (i, j) not in seen:
                    count += 1
                    stack = [(i, j)]
                    seen.add((i, j))
                    while stack:
                        a, b = stack.pop()
                        for da in (-1, 0, 1):
                            for db in (-1, 0, 1):
                                x, y = a + da, b + db
                                if 0 <= x < m and 0 <= y < n and grid[x][y] == "1" and (x, y) not in seen:
                                    seen.add((x, y))
                                    stack.append((x, y))
        return count
