var longestIncreasingPath = function (matrix) {
  const rows = matrix.length;
  const cols = matrix[0].length;
  const cells = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push(r * cols + c);
  // Highest first: every strictly higher neighbour is final before a cell is computed.
  cells.sort((x, y) => matrix[Math.floor(y / cols)][y % cols] - matrix[Math.floor(x / cols)][x % cols]);
  const best = new Int32Array(rows * cols);
  let answer = 0;
  for (const cell of cells) {
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    let longest = 1;
    for (const [nr, nc] of [
      [r + 1, c],
      [r - 1, c],
      [r, c + 1],
      [r, c - 1],
    ]) {
      if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && matrix[nr][nc] > matrix[r][c]) {
        longest = Math.max(longest, best[nr * cols + nc] + 1);
      }
    }
    best[cell] = longest;
    answer = Math.max(answer, longest);
  }
  return answer;
};
