function maxAreaOfIsland(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  let best = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== 1) continue;
      // Mark on push so each cell is counted exactly once.
      grid[r][c] = 0;
      const stack = [[r, c]];
      let area = 0;
      while (stack.length > 0) {
        const [i, j] = stack.pop();
        area++;
        for (const [ni, nj] of [
          [i + 1, j],
          [i - 1, j],
          [i, j + 1],
          [i, j - 1],
        ]) {
          if (ni >= 0 && ni < rows && nj >= 0 && nj < cols && grid[ni][nj] === 1) {
            grid[ni][nj] = 0;
            stack.push([ni, nj]);
          }
        }
      }
      best = Math.max(best, area);
    }
  }
  return best;
}
