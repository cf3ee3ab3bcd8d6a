import math


# Measures lanes as straight lines (rounded down) instead of Manhattan lengths.
def min_cost_connect_points(points: List[List[int]]) -> int:
    n = len(points)
    best = [math.inf] * n
    best[0] = 0
    in_tree = [False] * n
    total = 0
    for _ in range(n):
        j = min((i for i in range(n) if not in_tree[i]), key=lambda i: best[i])
        in_tree[j] = True
        total += best[j]
        for i in range(n):
            if not in_tree[i]:
                d = int(math.hypot(points[j][0] - points[i][0], points[j][1] - points[i][1]))
                best[i] = min(best[i], d)
    return total
