def num_islands(grid: List[List[str]]) -> int:
    pass
