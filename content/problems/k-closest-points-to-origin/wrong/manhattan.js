// Ranks points by |x| + |y| instead of by straight-line distance.
function kClosest(points, k) {
  return [...points].sort((a, b) => Math.abs(a[0]) + Math.abs(a[1]) - (Math.abs(b[0]) + Math.abs(b[1]))).slice(0, k);
}
