def pacific_atlantic(heights: List[List[int]]) -> List[List[int]]:
    pass
