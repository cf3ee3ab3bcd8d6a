import heapq


# Starts the search at time 0 as if the start tile were already under water.
def swim_in_water(grid: List[List[int]]) -> int:
    n = len(grid)
    heap = [(0, 0, 0)]
    seen = {(0, 0)}
    while heap:
        high, r, c = heapq.heappop(heap)
        if r == n - 1 and c == n - 1:
            return high
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen:
                seen.add((nr, nc))
                heapq.heappush(heap, (max(high, grid[nr][nc]), nr, nc))
    return -1
