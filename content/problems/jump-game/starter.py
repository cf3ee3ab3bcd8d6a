def can_jump(nums: List[int]) -> bool:
    pass
