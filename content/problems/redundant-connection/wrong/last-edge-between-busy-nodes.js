// Returns the last edge whose two ends both have degree at least 2, which may be a bridge.
function findRedundantConnection(edges) {
  const degree = new Map();
  for (const [a, b] of edges) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  for (let i = edges.length - 1; i >= 0; i--) {
    const [a, b] = edges[i];
    if (degree.get(a) >= 2 && degree.get(b) >= 2) return edges[i];
  }
  return [];
}
