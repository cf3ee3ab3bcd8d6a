// Never marks the cells on the current path, so a path may step back onto a tile.
function exist(board, word) {
  const walk = (r, c, k) => {
    if (r < 0 || c < 0 || r >= board.length || c >= board[0].length || board[r][c] !== word[k]) return false;
    if (k === word.length - 1) return true;
    return walk(r + 1, c, k + 1) || walk(r - 1, c, k + 1) || walk(r, c + 1, k + 1) || walk(r, c - 1, k + 1);
  };
  for (let r = 0; r < board.length; r++) for (let c = 0; c < board[0].length; c++) if (walk(r, c, 0)) return true;
  return false;
}
