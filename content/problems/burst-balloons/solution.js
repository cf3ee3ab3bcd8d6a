var maxCoins = function (nums) {
  const vals = [1, ...nums, 1];
  const size = vals.length;
  // best[l][r]: most points from every lantern strictly between l and r, with l and r still lit.
  const best = Array.from({ length: size }, () => new Array(size).fill(0));
  for (let gap = 2; gap < size; gap++) {
    for (let left = 0; left + gap < size; left++) {
      const right = left + gap;
      const outer = vals[left] * vals[right];
      let most = 0;
      // k is the last lantern put out between left and right.
      for (let k = left + 1; k < right; k++) {
        most = Math.max(most, best[left][k] + best[k][right] + outer * vals[k]);
      }
      best[left][right] = most;
    }
  }
  return best[0][size - 1];
};
