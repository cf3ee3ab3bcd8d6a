def min_eating_speed(piles: List[int], h: int) -> int:
    pass
