# Tries t = 0, 1, 2, ... with a fresh flood fill each time: correct, but O(n^4).
def swim_in_water(grid: List[List[int]]) -> int:
    n = len(grid)
    t = 0
    while True:
        if grid[0][0] <= t:
            seen = {(0, 0)}
            stack = [(0, 0)]
            while stack:
                r, c = stack.pop()
                if r == n - 1 and c == n - 1:
                    return t
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen and grid[nr][nc] <= t:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
        t += 1
