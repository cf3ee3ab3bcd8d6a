def single_number(nums: List[int]) -> int:
    pass
