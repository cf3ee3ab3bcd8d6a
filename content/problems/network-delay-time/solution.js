function networkDelayTime(times, n, k) {
  const adj = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) adj[u].push([v, w]);
  const dist = new Array(n + 1).fill(Infinity);
  const settled = new Array(n + 1).fill(false);
  dist[k] = 0;
  let latest = 0;
  // Array-based Dijkstra: with n <= 100, scanning for the closest node is cheaper than a heap.
  for (let round = 0; round < n; round++) {
    let u = -1;
    for (let v = 1; v <= n; v++) if (!settled[v] && (u === -1 || dist[v] < dist[u])) u = v;
    if (dist[u] === Infinity) return -1;
    settled[u] = true;
    latest = dist[u];
    for (const [v, w] of adj[u]) if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
  }
  return latest;
}
