var totalNQueens = function (n) {
  const full = (1 << n) - 1;
  // cols, diag1, diag2: squares of the current row attacked along a column or a diagonal.
  const place = (cols, diag1, diag2) => {
    if (cols === full) return 1;
    let count = 0;
    let free = full & ~(cols | diag1 | diag2);
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      count += place(cols | bit, ((diag1 | bit) << 1) & full, (diag2 | bit) >> 1);
    }
    return count;
  };
  return place(0, 0, 0);
};
