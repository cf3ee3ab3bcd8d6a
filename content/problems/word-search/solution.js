function exist(board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const onBoard = new Map();
  for (const row of board) for (const ch of row) onBoard.set(ch, (onBoard.get(ch) ?? 0) + 1);
  const needed = new Map();
  for (const ch of word) needed.set(ch, (needed.get(ch) ?? 0) + 1);
  for (const [ch, count] of needed) if ((onBoard.get(ch) ?? 0) < count) return false;
  // Start from the rarer end of the word: fewer starting cells, fewer dead paths.
  const target =
    (onBoard.get(word[0]) ?? 0) > (onBoard.get(word[word.length - 1]) ?? 0) ? [...word].reverse().join("") : word;
  const onPath = board.map((row) => row.map(() => false));
  const walk = (r, c, k) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || onPath[r][c] || board[r][c] !== target[k]) return false;
    if (k === target.length - 1) return true;
    onPath[r][c] = true;
    const found = walk(r + 1, c, k + 1) || walk(r - 1, c, k + 1) || walk(r, c + 1, k + 1) || walk(r, c - 1, k + 1);
    onPath[r][c] = false;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (walk(r, c, 0)) return true;
  return false;
}
