def max_area_of_island(grid: List[List[int]]) -> int:
    pass
