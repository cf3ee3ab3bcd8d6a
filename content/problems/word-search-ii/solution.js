function findWords(board, words) {
  const root = { children: {}, word: null };
  for (const word of words) {
    let node = root;
    for (const ch of word) node = node.children[ch] ??= { children: {}, word: null };
    node.word = word;
  }
  const rows = board.length;
  const cols = board[0].length;
  const found = [];
  const walk = (r, c, parent) => {
    const ch = board[r][c];
    const node = parent.children[ch];
    if (!node) return;
    if (node.word !== null) {
      found.push(node.word);
      node.word = null; // report each word once
    }
    board[r][c] = "#"; // on the current path
    if (r > 0 && board[r - 1][c] !== "#") walk(r - 1, c, node);
    if (r + 1 < rows && board[r + 1][c] !== "#") walk(r + 1, c, node);
    if (c > 0 && board[r][c - 1] !== "#") walk(r, c - 1, node);
    if (c + 1 < cols && board[r][c + 1] !== "#") walk(r, c + 1, node);
    board[r][c] = ch;
    // A branch with no words left can never report anything again: cut it off.
    if (node.word === null && Object.keys(node.children).length === 0) delete parent.children[ch];
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) walk(r, c, root);
  return found;
}
