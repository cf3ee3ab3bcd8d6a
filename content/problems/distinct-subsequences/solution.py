def num_distinct(s: str, t: str) -> int:
    n = len(t)
    # positions[c]: the indices j (1-based, descending) where t[j - 1] == c.
    positions = {}
    for j in range(n, 0, -1):
        positions.setdefault(t[j - 1], []).append(j)
    ways = [1] + [0] * n
    for c in s:
        # Descending j, so ways[j - 1] still counts matches in the shorter prefix of s.
        for j in positions.get(c, ()):
            ways[j] += ways[j - 1]
    return ways[n]
