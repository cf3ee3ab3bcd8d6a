// Walks all four sides every round, so a leftover single row or column is read twice.
function spiralOrder(matrix) {
  const result = [];
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let c = left; c <= right; c++) result.push(matrix[top][c]);
    top++;
    for (let r = top; r <= bottom; r++) result.push(matrix[r][right]);
    right--;
    for (let c = right; c >= left; c--) result.push(matrix[bottom][c]);
    bottom--;
    for (let r = bottom; r >= top; r--) result.push(matrix[r][left]);
    left++;
  }
  return result;
}
