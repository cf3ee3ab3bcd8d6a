function minCostConnectPoints(points) {
  const n = points.length;
  // Prim's algorithm on the dense graph: best[i] is the cheapest link from the tree to point i.
  const best = new Array(n).fill(Infinity);
  const inTree = new Array(n).fill(false);
  best[0] = 0;
  let total = 0;
  for (let round = 0; round < n; round++) {
    let j = -1;
    for (let i = 0; i < n; i++) if (!inTree[i] && (j === -1 || best[i] < best[j])) j = i;
    inTree[j] = true;
    total += best[j];
    const [xj, yj] = points[j];
    for (let i = 0; i < n; i++) {
      if (inTree[i]) continue;
      const d = Math.abs(xj - points[i][0]) + Math.abs(yj - points[i][1]);
      if (d < best[i]) best[i] = d;
    }
  }
  return total;
}
