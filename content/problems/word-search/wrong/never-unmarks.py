# Marks cells as used but never frees them when a path fails, so a later path
# that needs one of those cells is wrongly blocked.
def exist(board: List[List[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def walk(r: int, c: int, k: int) -> bool:
        if r < 0 or c < 0 or r >= rows or c >= cols or used[r][c] or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        used[r][c] = True
        return walk(r + 1, c, k + 1) or walk(r - 1, c, k + 1) or walk(r, c + 1, k + 1) or walk(r, c - 1, k + 1)

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
