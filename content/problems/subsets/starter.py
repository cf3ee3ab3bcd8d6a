def subsets(nums: List[int]) -> List[List[int]]:
    pass
