# Keeps a running maximum but never lets old values leave the window.
def max_sliding_window(nums: List[int], k: int) -> List[int]:
    result = []
    best = max(nums[:k])
    result.append(best)
    for i in range(k, len(nums)):
        best = max(best, nums[i])
        result.append(best)
    return result
