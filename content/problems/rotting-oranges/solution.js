var orangesRotting = function (grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  let fresh = 0;
  let layer = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === 1) fresh++;
      else if (grid[r][c] === 2) layer.push([r, c]);
    }
  }
  // Breadth-first search from every rotten orange at once, one minute per layer.
  let minutes = 0;
  while (fresh > 0 && layer.length > 0) {
    const next = [];
    for (const [r, c] of layer) {
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ]) {
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] === 1) {
          grid[nr][nc] = 2;
          fresh--;
          next.push([nr, nc]);
        }
      }
    }
    layer = next;
    minutes++;
  }
  return fresh === 0 ? minutes : -1;
};
