function kClosest(points, k) {
  const squared = ([x, y]) => x * x + y * y;
  // Sorting on squared distance: integers only, no square roots, O(n log n).
  return points
    .map((point) => [squared(point), point])
    .sort((a, b) => a[0] - b[0])
    .slice(0, k)
    .map(([, point]) => point);
}
