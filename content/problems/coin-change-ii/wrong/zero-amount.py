# Treats amount 0 as impossible, though paying nothing is one combination.
def change(amount: int, coins: List[int]) -> int:
    if amount == 0:
        return 0
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]
