// Finds words with a trie but never clears a word once found, so a word that can be
// spelled along two paths (or from two starting cells) is reported twice.
function findWords(board, words) {
  const root = { children: {}, word: null };
  for (const word of words) {
    let node = root;
    for (const ch of word) node = node.children[ch] ??= { children: {}, word: null };
    node.word = word;
  }
  const found = [];
  const walk = (r, c, parent) => {
    if (r < 0 || c < 0 || r >= board.length || c >= board[0].length) return;
    const ch = board[r][c];
    const node = parent.children[ch];
    if (!node) return;
    if (node.word !== null) found.push(node.word);
    board[r][c] = "#";
    walk(r - 1, c, node);
    walk(r + 1, c, node);
    walk(r, c - 1, node);
    walk(r, c + 1, node);
    board[r][c] = ch;
  };
  for (let r = 0; r < board.length; r++) for (let c = 0; c < board[0].length; c++) walk(r, c, root);
  return found;
}
