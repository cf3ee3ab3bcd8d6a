// Reports only lines that end at a substation with a single line, missing bridges between loops.
var criticalConnections = function (n, connections) {
  const degree = new Array(n).fill(0);
  for (const [a, b] of connections) {
    degree[a]++;
    degree[b]++;
  }
  return connections.filter(([a, b]) => degree[a] === 1 || degree[b] === 1);
};
