def exist(board: List[List[str]], word: str) -> bool:
    pass
