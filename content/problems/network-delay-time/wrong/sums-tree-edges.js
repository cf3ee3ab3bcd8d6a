// Adds up the delays of the channels used instead of taking the latest arrival.
function networkDelayTime(times, n, k) {
  const dist = new Array(n + 1).fill(Infinity);
  const via = new Array(n + 1).fill(0);
  dist[k] = 0;
  for (let i = 1; i < n; i++) {
    for (const [u, v, w] of times) {
      if (dist[u] + w < dist[v]) {
        dist[v] = dist[u] + w;
        via[v] = w;
      }
    }
  }
  let total = 0;
  for (let v = 1; v <= n; v++) {
    if (dist[v] === Infinity) return -1;
    total += via[v];
  }
  return total;
}
