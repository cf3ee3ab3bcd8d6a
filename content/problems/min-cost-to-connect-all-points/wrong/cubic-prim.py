# Correct Prim's, but each round rescans every tree point against every outside point: O(n^3).
def min_cost_connect_points(points: List[List[int]]) -> int:
    n = len(points)
    tree = [0]
    outside = set(range(1, n))
    total = 0
    while outside:
        best_d, best_j = None, None
        for t in tree:
            xt, yt = points[t]
            for i in outside:
                d = abs(xt - points[i][0]) + abs(yt - points[i][1])
                if best_d is None or d < best_d:
                    best_d, best_j = d, i
        total += best_d
        tree.append(best_j)
        outside.remove(best_j)
    return total
