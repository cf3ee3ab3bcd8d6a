// Follows the rain from every square separately: correct, but O((m * n)^2).
function pacificAtlantic(heights) {
  const rows = heights.length;
  const cols = heights[0].length;
  const out = [];
  for (let sr = 0; sr < rows; sr++) {
    for (let sc = 0; sc < cols; sc++) {
      const seen = new Set([sr * cols + sc]);
      const stack = [[sr, sc]];
      let pacific = false;
      let atlantic = false;
      while (stack.length > 0) {
        const [r, c] = stack.pop();
        if (r === 0 || c === 0) pacific = true;
        if (r === rows - 1 || c === cols - 1) atlantic = true;
        for (const [nr, nc] of [
          [r + 1, c],
          [r - 1, c],
          [r, c + 1],
          [r, c - 1],
        ]) {
          if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen.has(nr * cols + nc)) continue;
          if (heights[nr][nc] > heights[r][c]) continue;
          seen.add(nr * cols + nc);
          stack.push([nr, nc]);
        }
      }
      if (pacific && atlantic) out.push([sr, sc]);
    }
  }
  return out;
}
