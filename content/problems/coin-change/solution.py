class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # fewest[a] = fewest coins that pay exactly a (INF if impossible).
        INF = amount + 1
        fewest = [0] + [INF] * amount
        for c in coins:
            for a in range(c, amount + 1):
                if fewest[a - c] + 1 < fewest[a]:
                    fewest[a] = fewest[a - c] + 1
        return -1 if fewest[amount] == INF else fewest[amount]
