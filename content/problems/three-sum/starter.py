def three_sum(nums: List[int]) -> List[List[int]]:
    pass
