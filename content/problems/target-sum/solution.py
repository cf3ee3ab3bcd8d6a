def find_target_sum_ways(nums: List[int], target: int) -> int:
    # ways maps each reachable running sum to the number of sign choices that reach it.
    ways = {0: 1}
    for x in nums:
        nxt = {}
        for s, c in ways.items():
            nxt[s + x] = nxt.get(s + x, 0) + c
            nxt[s - x] = nxt.get(s - x, 0) + c
        ways = nxt
    return ways.get(target, 0)
