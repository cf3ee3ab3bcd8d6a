def set_zeroes(matrix: List[List[int]]) -> List[List[int]]:
    m, n = len(matrix), len(matrix[0])
    zero_rows = {r for r in range(m) if 0 in matrix[r]}
    zero_cols = {c for c in range(n) if any(matrix[r][c] == 0 for r in range(m))}
    for r in range(m):
        for c in range(n):
            if r in zero_rows or c in zero_cols:
                matrix[r][c] = 0
    return matrix
