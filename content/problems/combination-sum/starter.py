def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    pass
