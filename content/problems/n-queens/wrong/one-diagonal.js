// Checks columns and the row + col diagonals but forgets the row - col ones.
function solveNQueens(n) {
  const result = [];
  const queenCol = [];
  const cols = new Set();
  const antiDiagonals = new Set();
  const place = (row) => {
    if (row === n) {
      result.push(queenCol.map((c) => ".".repeat(c) + "Q" + ".".repeat(n - c - 1)));
      return;
    }
    for (let col = 0; col < n; col++) {
      if (cols.has(col) || antiDiagonals.has(row + col)) continue;
      cols.add(col);
      antiDiagonals.add(row + col);
      queenCol.push(col);
      place(row + 1);
      queenCol.pop();
      cols.delete(col);
      antiDiagonals.delete(row + col);
    }
  };
  place(0);
  return result;
}
