# Rescans every window: O(n·k), far too slow when n = 10^5 and k = n / 2.
def max_sliding_window(nums, k):
    return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]
