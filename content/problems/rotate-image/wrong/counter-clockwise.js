// Mirrors first, then transposes: a counter-clockwise turn.
function rotate(matrix) {
  const n = matrix.length;
  for (const row of matrix) row.reverse();
  for (let r = 0; r < n; r++) {
    for (let c = r + 1; c < n; c++) {
      [matrix[r][c], matrix[c][r]] = [matrix[c][r], matrix[r][c]];
    }
  }
  return matrix;
}
