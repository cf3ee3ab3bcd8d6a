def solve_n_queens(n: int) -> List[List[str]]:
    result = []
    queen_col = []  # queen_col[row] = column of the queen in that row
    cols, diagonals, anti_diagonals = set(), set(), set()  # col, row - col, row + col

    def place(row: int) -> None:
        if row == n:
            result.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_col])
            return
        for col in range(n):
            if col in cols or row - col in diagonals or row + col in anti_diagonals:
                continue
            cols.add(col)
            diagonals.add(row - col)
            anti_diagonals.add(row + col)
            queen_col.append(col)
            place(row + 1)
            queen_col.pop()
            cols.remove(col)
            diagonals.remove(row - col)
            anti_diagonals.remove(row + col)

    place(0)
    return result
