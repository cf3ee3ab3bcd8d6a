// Searches positions 0 .. m*n - 2, so the bottom-right value is never found.
var searchMatrix = function (matrix, target) {
  const n = matrix[0].length;
  let lo = 0;
  let hi = matrix.length * n - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = matrix[Math.floor(mid / n)][mid % n];
    if (value === target) return true;
    if (value < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
};
