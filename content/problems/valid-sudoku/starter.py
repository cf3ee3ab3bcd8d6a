def is_valid_sudoku(board: List[List[str]]) -> bool:
    pass
