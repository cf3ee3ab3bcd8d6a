// Joins cells that touch at a corner, so separate islands merge.
function maxAreaOfIsland(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  let best = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== 1) continue;
      grid[r][c] = 0;
      const stack = [[r, c]];
      let area = 0;
      while (stack.length > 0) {
        const [i, j] = stack.pop();
        area++;
        for (let di = -1; di <= 1; di++) {
          for (let dj = -1; dj <= 1; dj++) {
            const ni = i + di;
            const nj = j + dj;
            if (ni >= 0 && ni < rows && nj >= 0 && nj < cols && grid[ni][nj] === 1) {
              grid[ni][nj] = 0;
              stack.push([ni, nj]);
            }
          }
        }
      }
      best = Math.max(best, area);
    }
  }
  return best;
}
