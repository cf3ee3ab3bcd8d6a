// Walks from point 0 to the nearest unvisited point each time, building a path instead of a tree.
function minCostConnectPoints(points) {
  const n = points.length;
  const visited = new Array(n).fill(false);
  visited[0] = true;
  let current = 0;
  let total = 0;
  for (let step = 1; step < n; step++) {
    let next = -1;
    let bestD = Infinity;
    for (let i = 0; i < n; i++) {
      if (visited[i]) continue;
      const d = Math.abs(points[current][0] - points[i][0]) + Math.abs(points[current][1] - points[i][1]);
      if (d < bestD) {
        bestD = d;
        next = i;
      }
    }
    visited[next] = true;
    total += bestD;
    current = next;
  }
  return total;
}
