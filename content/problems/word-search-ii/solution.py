def find_words(board: List[List[str]], words: List[str]) -> List[str]:
    root = {}  # letter -> child node; the key "$" holds the word that ends here
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found = []

    def walk(r: int, c: int, parent: dict) -> None:
        ch = board[r][c]
        node = parent.get(ch)
        if node is None:
            return
        if "$" in node:
            found.append(node.pop("$"))  # report each word once
        board[r][c] = "#"  # on the current path
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] != "#":
                walk(nr, nc, node)
        board[r][c] = ch
        if not node:
            del parent[ch]  # no words left below: never walk this branch again

    for r in range(rows):
        for c in range(cols):
            walk(r, c, root)
    return found
