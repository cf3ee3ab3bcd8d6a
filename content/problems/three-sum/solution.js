var threeSum = function (nums) {
  const a = [...nums].sort((x, y) => x - y);
  const n = a.length;
  const result = [];
  for (let i = 0; i < n - 2; i++) {
    if (a[i] > 0) break; // the smallest value is positive: no more zero sums
    if (i > 0 && a[i] === a[i - 1]) continue; // same first value as before
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const sum = a[i] + a[lo] + a[hi];
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        result.push([a[i], a[lo], a[hi]]);
        lo++;
        hi--;
        while (lo < hi && a[lo] === a[lo - 1]) lo++;
        while (lo < hi && a[hi] === a[hi + 1]) hi--;
      }
    }
  }
  return result;
};
