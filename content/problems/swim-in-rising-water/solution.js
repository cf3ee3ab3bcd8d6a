function swimInWater(grid) {
  const n = grid.length;
  // Can the far corner be reached using only tiles of elevation <= t?
  const reachable = (t) => {
    if (grid[0][0] > t) return false;
    const seen = new Uint8Array(n * n);
    seen[0] = 1;
    const stack = [0];
    while (stack.length > 0) {
      const cell = stack.pop();
      if (cell === n * n - 1) return true;
      const r = Math.floor(cell / n);
      const c = cell % n;
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ]) {
        if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
        const next = nr * n + nc;
        if (!seen[next] && grid[nr][nc] <= t) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    return false;
  };
  // Reachability only improves as t grows, so binary-search the first t that works.
  let lo = grid[0][0];
  let hi = n * n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reachable(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
