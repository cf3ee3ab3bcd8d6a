def unique_paths(m: int, n: int) -> int:
    pass
