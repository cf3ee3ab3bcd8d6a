def solve_n_queens(n: int) -> List[List[str]]:
    pass
