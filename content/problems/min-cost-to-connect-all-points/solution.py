def min_cost_connect_points(points: List[List[int]]) -> int:
    # Prim's algorithm on the dense graph, keeping only the points still outside the tree:
    # best[i] is the cheapest link from the tree to the outside point (xs[i], ys[i]).
    x0, y0 = points[0]
    xs = [p[0] for p in points[1:]]
    ys = [p[1] for p in points[1:]]
    best = [abs(x - x0) + abs(y - y0) for x, y in zip(xs, ys)]
    total = 0
    while best:
        k = best.index(min(best))
        total += best[k]
        xj, yj = xs[k], ys[k]
        # Remove point k in O(1) by moving the last point into its slot.
        xs[k], ys[k], best[k] = xs[-1], ys[-1], best[-1]
        xs.pop()
        ys.pop()
        best.pop()
        best = [min(b, abs(x - xj) + abs(y - yj)) for b, x, y in zip(best, xs, ys)]
    return total
