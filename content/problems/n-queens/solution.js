function solveNQueens(n) {
  const result = [];
  const queenCol = []; // queenCol[row] = column of the queen in that row
  const cols = new Set();
  const diagonals = new Set(); // row - col
  const antiDiagonals = new Set(); // row + col
  const place = (row) => {
    if (row === n) {
      result.push(queenCol.map((c) => ".".repeat(c) + "Q" + ".".repeat(n - c - 1)));
      return;
    }
    for (let col = 0; col < n; col++) {
      if (cols.has(col) || diagonals.has(row - col) || antiDiagonals.has(row + col)) continue;
      cols.add(col);
      diagonals.add(row - col);
      antiDiagonals.add(row + col);
      queenCol.push(col);
      place(row + 1);
      queenCol.pop();
      cols.delete(col);
      diagonals.delete(row - col);
      antiDiagonals.delete(row + col);
    }
  };
  place(0);
  return result;
}
