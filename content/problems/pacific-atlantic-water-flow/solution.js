function pacificAtlantic(heights) {
  const rows = heights.length;
  const cols = heights[0].length;

  // Search uphill from the shore: the cells found are exactly those that drain to it.
  const climb = (starts) => {
    const seen = new Uint8Array(rows * cols);
    const stack = [];
    for (const [r, c] of starts) {
      if (!seen[r * cols + c]) {
        seen[r * cols + c] = 1;
        stack.push(r, c);
      }
    }
    while (stack.length > 0) {
      const c = stack.pop();
      const r = stack.pop();
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr * cols + nc]) continue;
        if (heights[nr][nc] < heights[r][c]) continue;
        seen[nr * cols + nc] = 1;
        stack.push(nr, nc);
      }
    }
    return seen;
  };

  const pacificStarts = [];
  const atlanticStarts = [];
  for (let c = 0; c < cols; c++) {
    pacificStarts.push([0, c]);
    atlanticStarts.push([rows - 1, c]);
  }
  for (let r = 0; r < rows; r++) {
    pacificStarts.push([r, 0]);
    atlanticStarts.push([r, cols - 1]);
  }
  const pacific = climb(pacificStarts);
  const atlantic = climb(atlanticStarts);
  const both = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (pacific[r * cols + c] && atlantic[r * cols + c]) both.push([r, c]);
    }
  }
  return both;
}
