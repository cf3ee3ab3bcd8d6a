def is_happy(n: int) -> bool:
    pass
