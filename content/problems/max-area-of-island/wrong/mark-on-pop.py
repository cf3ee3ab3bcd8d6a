# Marks a cell visited only when it is popped, so a cell reached from two neighbours is counted twice.
def max_area_of_island(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            stack = [(r, c)]
            area = 0
            while stack:
                i, j = stack.pop()
                if grid[i][j] == 1:
                    grid[i][j] = 0
                area += 1
                for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= ni < rows and 0 <= nj < cols and grid[ni][nj] == 1:
                        stack.append((ni, nj))
            best = max(best, area)
    return best
