def solve(board: List[List[str]]) -> List[List[str]]:
    rows, cols = len(board), len(board[0])
    stack = []

    def rescue(r, c):
        if board[r][c] == "O":
            board[r][c] = "S"
            stack.append((r, c))

    for r in range(rows):
        rescue(r, 0)
        rescue(r, cols - 1)
    for c in range(cols):
        rescue(0, c)
        rescue(rows - 1, c)
    # Everything reachable from the border escapes; mark it "S" so the sweep keeps it.
    while stack:
        r, c = stack.pop()
        if r > 0:
            rescue(r - 1, c)
        if r < rows - 1:
            rescue(r + 1, c)
        if c > 0:
            rescue(r, c - 1)
        if c < cols - 1:
            rescue(r, c + 1)
    for r in range(rows):
        for c in range(cols):
            board[r][c] = "O" if board[r][c] == "S" else "X"
    return board
