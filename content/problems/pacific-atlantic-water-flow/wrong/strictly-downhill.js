// Lets water flow only to strictly lower squares, so flat ground blocks it.
function pacificAtlantic(heights) {
  const rows = heights.length;
  const cols = heights[0].length;
  const climb = (starts) => {
    const seen = new Set(starts.map(([r, c]) => r * cols + c));
    const stack = [...starts];
    while (stack.length > 0) {
      const [r, c] = stack.pop();
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen.has(nr * cols + nc)) continue;
        if (heights[nr][nc] <= heights[r][c]) continue;
        seen.add(nr * cols + nc);
        stack.push([nr, nc]);
      }
    }
    return seen;
  };
  const pac = [];
  const atl = [];
  for (let c = 0; c < cols; c++) {
    pac.push([0, c]);
    atl.push([rows - 1, c]);
  }
  for (let r = 0; r < rows; r++) {
    pac.push([r, 0]);
    atl.push([r, cols - 1]);
  }
  const p = climb(pac);
  const a = climb(atl);
  const out = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) if (p.has(r * cols + c) && a.has(r * cols + c)) out.push([r, c]);
  return out;
}
