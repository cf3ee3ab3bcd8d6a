// Fixes each person's time the first time a breadth-first search reaches them, as if fewer hops were always faster.
function networkDelayTime(times, n, k) {
  const adj = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) adj[u].push([v, w]);
  const dist = new Array(n + 1).fill(-1);
  dist[k] = 0;
  const queue = [k];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const [v, w] of adj[u]) {
      if (dist[v] === -1) {
        dist[v] = dist[u] + w;
        queue.push(v);
      }
    }
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) {
    if (dist[v] === -1) return -1;
    latest = Math.max(latest, dist[v]);
  }
  return latest;
}
