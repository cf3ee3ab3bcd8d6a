def count_bits(n: int) -> List[int]:
    pass
