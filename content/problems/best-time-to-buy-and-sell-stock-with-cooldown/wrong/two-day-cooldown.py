# Waits two days after a sale before buying again: the cooldown is one day too long.
def max_profit(prices: List[int]) -> int:
    n = len(prices)
    # best[i]: best profit using days before i, owning nothing at the start of day i.
    best = [0] * (n + 3)
    for i in range(n - 1, -1, -1):
        best[i] = best[i + 1]
        for j in range(i + 1, n):
            best[i] = max(best[i], prices[j] - prices[i] + best[j + 3])
    return best[0]
