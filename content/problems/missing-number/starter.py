def missing_number(nums: List[int]) -> int:
    pass
