var uniquePaths = function (m, n) {
  // row[c] = routes to cell (r, c) for the current row r.
  // Every entry is at most the final answer, so all values stay below 2^53.
  const row = new Array(n).fill(1);
  for (let r = 1; r < m; r++) {
    for (let c = 1; c < n; c++) row[c] += row[c - 1];
  }
  return row[n - 1];
};
