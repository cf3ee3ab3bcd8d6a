var criticalConnections = function (n, connections) {
  const adjacency = Array.from({ length: n }, () => []);
  connections.forEach(([a, b], id) => {
    adjacency[a].push([b, id]);
    adjacency[b].push([a, id]);
  });
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const bridges = [];
  let time = 0;
  // Explicit DFS stack of [node, id of the edge we arrived by, index of the next neighbour].
  disc[0] = low[0] = time++;
  const stack = [[0, -1, 0]];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const [u, viaEdge] = frame;
    if (frame[2] < adjacency[u].length) {
      const [v, id] = adjacency[u][frame[2]++];
      if (id === viaEdge) continue;
      if (disc[v] === -1) {
        disc[v] = low[v] = time++;
        stack.push([v, id, 0]);
      } else {
        low[u] = Math.min(low[u], disc[v]);
      }
    } else {
      stack.pop();
      if (stack.length > 0) {
        const parent = stack[stack.length - 1][0];
        low[parent] = Math.min(low[parent], low[u]);
        // Nothing below u climbs back to parent or above: the edge is a bridge.
        if (low[u] > disc[parent]) bridges.push([parent, u]);
      }
    }
  }
  return bridges;
};
