def num_distinct(s: str, t: str) -> int:
    pass
