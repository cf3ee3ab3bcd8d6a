def permute(nums: List[int]) -> List[List[int]]:
    pass
