def k_closest(points: List[List[int]], k: int) -> List[List[int]]:
    pass
