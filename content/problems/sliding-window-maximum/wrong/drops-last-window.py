from collections import deque


# Stops one window early: n - k windows instead of n - k + 1.
def max_sliding_window(nums: List[int], k: int) -> List[int]:
    candidates = deque()
    result = []
    for i, value in enumerate(nums[:-1] if len(nums) > k else nums):
        while candidates and nums[candidates[-1]] <= value:
            candidates.pop()
        candidates.append(i)
        if candidates[0] <= i - k:
            candidates.popleft()
        if i >= k - 1:
            result.append(nums[candidates[0]])
    return result
