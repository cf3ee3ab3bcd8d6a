from collections import Counter


def exist(board: List[List[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    on_board = Counter(ch for row in board for ch in row)
    if any(on_board[ch] < count for ch, count in Counter(word).items()):
        return False
    # Start from the rarer end of the word: fewer starting cells, fewer dead paths.
    if on_board[word[0]] > on_board[word[-1]]:
        word = word[::-1]
    on_path = [[False] * cols for _ in range(rows)]

    def walk(r: int, c: int, k: int) -> bool:
        if r < 0 or c < 0 or r >= rows or c >= cols or on_path[r][c] or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        on_path[r][c] = True
        found = walk(r + 1, c, k + 1) or walk(r - 1, c, k + 1) or walk(r, c + 1, k + 1) or walk(r, c - 1, k + 1)
        on_path[r][c] = False
        return found

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
