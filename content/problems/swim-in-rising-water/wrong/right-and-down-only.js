// Only considers routes that move right or down, so it misses routes that must double back.
function swimInWater(grid) {
  const n = grid.length;
  const best = Array.from({ length: n }, () => new Array(n).fill(Infinity));
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (r === 0 && c === 0) best[r][c] = grid[0][0];
      else {
        const from = Math.min(r > 0 ? best[r - 1][c] : Infinity, c > 0 ? best[r][c - 1] : Infinity);
        best[r][c] = Math.max(from, grid[r][c]);
      }
    }
  }
  return best[n - 1][n - 1];
}
