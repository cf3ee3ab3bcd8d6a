# Captures every open cell not on the border, ignoring chains that lead out.
def solve(board: List[List[str]]) -> List[List[str]]:
    rows, cols = len(board), len(board[0])
    for r in range(1, rows - 1):
        for c in range(1, cols - 1):
            board[r][c] = "X"
    return board
