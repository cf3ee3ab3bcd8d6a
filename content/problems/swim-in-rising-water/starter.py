def swim_in_water(grid: List[List[int]]) -> int:
    pass
