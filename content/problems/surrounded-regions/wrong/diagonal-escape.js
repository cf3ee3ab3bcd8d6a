// Lets regions escape through diagonal contact, so some enclosed cells survive.
function solve(board) {
  const rows = board.length;
  const cols = board[0].length;
  const stack = [];
  const rescue = (r, c) => {
    if (r >= 0 && r < rows && c >= 0 && c < cols && board[r][c] === "O") {
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
  while (stack.length > 0) {
    const [r, c] = stack.pop();
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) rescue(r + dr, c + dc);
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) board[r][c] = board[r][c] === "S" ? "O" : "X";
  return board;
}
