// Clears rows and columns during the scan, so new zeros spread again.
function setZeroes(matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (matrix[r][c] === 0) {
        for (let k = 0; k < n; k++) matrix[r][k] = 0;
        for (let k = 0; k < m; k++) matrix[k][c] = 0;
      }
    }
  }
  return matrix;
}
