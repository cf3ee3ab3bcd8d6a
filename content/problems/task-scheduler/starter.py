def least_interval(tasks: List[str], n: int) -> int:
    pass
