def rob(nums: List[int]) -> int:
    pass
