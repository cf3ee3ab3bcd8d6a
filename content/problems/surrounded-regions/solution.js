function solve(board) {
  const rows = board.length;
  const cols = board[0].length;
  const stack = [];
  const rescue = (r, c) => {
    if (board[r][c] === "O") {
      board[r][c] = "S";
      stack.push([r, c]);
    }
  };
  for (let r = 0; r < rows; r++) {
    rescue(r, 0);
    rescue(r, cols - 1);
  }
  for (let c = 0; c < cols; c++) {
    rescue(0, c);
    rescue(rows - 1, c);
  }
  // Everything reachable from the border escapes; mark it "S" so the sweep keeps it.
  while (stack.length > 0) {
    const [r, c] = stack.pop();
    if (r > 0) rescue(r - 1, c);
    if (r < rows - 1) rescue(r + 1, c);
    if (c > 0) rescue(r, c - 1);
    if (c < cols - 1) rescue(r, c + 1);
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      board[r][c] = board[r][c] === "S" ? "O" : "X";
    }
  }
  return board;
}
