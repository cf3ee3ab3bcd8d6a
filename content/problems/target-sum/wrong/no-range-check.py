# Knapsack view without checking |target| <= total: for a very negative target, want is negative
# and ways[want] silently reads from the end of the list.
def find_target_sum_ways(nums: List[int], target: int) -> int:
    total = sum(nums)
    if (total + target) % 2:
        return 0
    want = (total + target) // 2
    ways = [1] + [0] * want
    for x in nums:
        for s in range(want, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[want]
