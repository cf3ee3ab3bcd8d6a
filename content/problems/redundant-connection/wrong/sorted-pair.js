// Finds the right edge but returns it with its ends sorted, not as written.
function findRedundantConnection(edges) {
  const parent = Array.from({ length: edges.length + 1 }, (_, i) => i);
  const find = (x) => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return [Math.min(a, b), Math.max(a, b)];
    parent[ra] = rb;
  }
  return [];
}
