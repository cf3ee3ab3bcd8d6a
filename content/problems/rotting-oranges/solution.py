class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        fresh = 0
        layer = []
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1:
                    fresh += 1
                elif grid[r][c] == 2:
                    layer.append((r, c))
        # Breadth-first search from every rotten orange at once, one minute per layer.
        minutes = 0
        while fresh and layer:
            nxt = []
            for r, c in layer:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        fresh -= 1
                        nxt.append((nr, nc))
            layer = nxt
            minutes += 1
        return minutes if fresh == 0 else -1
