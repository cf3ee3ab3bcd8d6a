def change(amount: int, coins: List[int]) -> int:
    pass
