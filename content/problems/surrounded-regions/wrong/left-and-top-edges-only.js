// Starts the rescue only from the top and left edges, forgetting the bottom and right ones.
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
  for (let r = 0; r < rows; r++) rescue(r, 0);
  for (let c = 0; c < cols; c++) rescue(0, c);
  while (stack.length > 0) {
    const [r, c] = stack.pop();
    rescue(r - 1, c);
    rescue(r + 1, c);
    rescue(r, c - 1);
    rescue(r, c + 1);
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) board[r][c] = board[r][c] === "S" ? "O" : "X";
  return board;
}
