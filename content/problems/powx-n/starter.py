def my_pow(x: float, n: int) -> float:
    pass
