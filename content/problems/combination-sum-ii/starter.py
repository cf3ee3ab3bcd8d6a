def combination_sum2(candidates: List[int], target: int) -> List[List[int]]:
    pass
