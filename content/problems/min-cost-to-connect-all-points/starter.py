def min_cost_connect_points(points: List[List[int]]) -> int:
    pass
