# Counts the empty pattern only in the empty prefix of s (ways[0][0] = 1, ways[i][0] = 0 for i > 0).
def num_distinct(s: str, t: str) -> int:
    m, n = len(s), len(t)
    ways = [[0] * (n + 1) for _ in range(m + 1)]
    ways[0][0] = 1
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            ways[i][j] = ways[i - 1][j]
            if s[i - 1] == t[j - 1]:
                ways[i][j] += ways[i - 1][j - 1]
    return ways[m][n]
