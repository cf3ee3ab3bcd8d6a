function setZeroes(matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  // The first row and column hold the markers; column 0 needs its own flag.
  let clearFirstColumn = false;
  for (let r = 0; r < m; r++) {
    if (matrix[r][0] === 0) clearFirstColumn = true;
    for (let c = 1; c < n; c++) {
      if (matrix[r][c] === 0) {
        matrix[r][0] = 0;
        matrix[0][c] = 0;
      }
    }
  }
  for (let r = 1; r < m; r++) {
    for (let c = 1; c < n; c++) {
      if (matrix[r][0] === 0 || matrix[0][c] === 0) matrix[r][c] = 0;
    }
  }
  if (matrix[0][0] === 0) matrix[0].fill(0);
  if (clearFirstColumn) for (let r = 0; r < m; r++) matrix[r][0] = 0;
  return matrix;
}
