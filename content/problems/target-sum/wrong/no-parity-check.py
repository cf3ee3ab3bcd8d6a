# Knapsack view without checking that total + target is even, so (total + target) // 2 rounds down.
def find_target_sum_ways(nums: List[int], target: int) -> int:
    total = sum(nums)
    if abs(target) > total:
        return 0
    want = (total + target) // 2
    ways = [1] + [0] * want
    for x in nums:
        for s in range(want, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[want]
