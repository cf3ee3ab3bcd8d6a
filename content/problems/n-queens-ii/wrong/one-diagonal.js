// Checks columns and only one of the two diagonal directions.
var totalNQueens = function (n) {
  const cols = new Set();
  const diag = new Set();
  const place = (row) => {
    if (row === n) return 1;
    let count = 0;
    for (let col = 0; col < n; col++) {
      if (cols.has(col) || diag.has(row - col)) continue;
      cols.add(col);
      diag.add(row - col);
      count += place(row + 1);
      cols.delete(col);
      diag.delete(row - col);
    }
    return count;
  };
  return place(0);
};
