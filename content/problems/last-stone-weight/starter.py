def last_stone_weight(stones: List[int]) -> int:
    pass
