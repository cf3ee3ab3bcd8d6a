def oranges_rotting(grid: List[List[int]]) -> int:
    pass
