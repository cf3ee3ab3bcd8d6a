def length_of_lis(nums: List[int]) -> int:
    pass
