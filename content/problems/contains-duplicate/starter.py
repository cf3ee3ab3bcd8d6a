def contains_duplicate(nums: List[int]) -> bool:
    pass
