def max_subarray(nums: List[int]) -> int:
    pass
