// Uses low[v] >= disc[u], the articulation-point test, which also flags edges on a cycle.
var criticalConnections = function (n, connections) {
  const adjacency = Array.from({ length: n }, () => []);
  for (const [a, b] of connections) {
    adjacency[a].push(b);
    adjacency[b].push(a);
  }
  const disc = new Array(n).fill(-1);
  const low = new Array(n).fill(0);
  const bridges = [];
  let time = 0;
  const stack = [[0, -1, 0]];
  disc[0] = low[0] = time++;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const [u, parent] = frame;
    if (frame[2] < adjacency[u].length) {
      const v = adjacency[u][frame[2]++];
      if (v === parent) continue;
      if (disc[v] === -1) {
        disc[v] = low[v] = time++;
        stack.push([v, u, 0]);
      } else low[u] = Math.min(low[u], disc[v]);
    } else {
      stack.pop();
      if (parent !== -1) {
        low[parent] = Math.min(low[parent], low[u]);
        if (low[u] >= disc[parent]) bridges.push([parent, u]);
      }
    }
  }
  return bridges;
};
