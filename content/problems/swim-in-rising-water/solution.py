import heapq


def swim_in_water(grid: List[List[int]]) -> int:
    n = len(grid)
    # Dijkstra where a route costs its highest tile; the start tile counts.
    heap = [(grid[0][0], 0, 0)]
    seen = [[False] * n for _ in range(n)]
    seen[0][0] = True
    while heap:
        high, r, c = heapq.heappop(heap)
        if r == n - 1 and c == n - 1:
            return high
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc]:
                seen[nr][nc] = True
                heapq.heappush(heap, (max(high, grid[nr][nc]), nr, nc))
    return -1
