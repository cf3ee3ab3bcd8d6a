// Sorts by start and keeps the earlier interval on overlap.
var eraseOverlapIntervals = function (intervals) {
  const s = [...intervals].sort((a, b) => a[0] - b[0]);
  let removed = 0,
    end = -Infinity;
  for (const [a, b] of s) {
    if (a < end) removed++;
    else end = b;
  }
  return removed;
};
