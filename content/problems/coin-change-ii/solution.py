def change(amount: int, coins: List[int]) -> int:
    ways = [1] + [0] * amount
    # Coins in the outer loop: each combination is built in one fixed coin order, so it is counted once.
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]
