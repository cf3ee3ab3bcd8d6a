def solve(board: List[List[str]]) -> List[List[str]]:
    pass
