class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # two_below and one_below are the cheapest ways to stand on steps i - 2 and i - 1.
        two_below = one_below = 0
        for i in range(2, len(cost) + 1):
            two_below, one_below = one_below, min(one_below + cost[i - 1], two_below + cost[i - 2])
        return one_below
