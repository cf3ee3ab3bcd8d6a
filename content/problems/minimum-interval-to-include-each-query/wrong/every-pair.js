// Tries every interval for every query: O(n·q).
function minInterval(intervals, queries) {
  return queries.map((x) => {
    let best = -1;
    for (const [left, right] of intervals) {
      if (left <= x && x <= right && (best === -1 || right - left + 1 < best)) best = right - left + 1;
    }
    return best;
  });
}
