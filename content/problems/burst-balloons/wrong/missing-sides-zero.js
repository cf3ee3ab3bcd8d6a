// Pads with 0 instead of 1, so a lantern with no lit neighbour on one side earns nothing.
var maxCoins = function (nums) {
  const vals = [0, ...nums, 0];
  const size = vals.length;
  const best = Array.from({ length: size }, () => new Array(size).fill(0));
  for (let gap = 2; gap < size; gap++) {
    for (let left = 0; left + gap < size; left++) {
      const right = left + gap;
      for (let k = left + 1; k < right; k++) {
        best[left][right] = Math.max(
          best[left][right],
          best[left][k] + best[k][right] + vals[left] * vals[k] * vals[right],
        );
      }
    }
  }
  return best[0][size - 1];
};
