# The column loop stops one short, so no queen is ever placed in the last column.
def solve_n_queens(n: int) -> List[List[str]]:
    result = []
    queen_col = []
    cols, diagonals, anti_diagonals = set(), set(), set()

    def place(row: int) -> None:
        if row == n:
            result.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_col])
            return
        for col in range(n - 1):
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
