def subsets_with_dup(nums: List[int]) -> List[List[int]]:
    pass
