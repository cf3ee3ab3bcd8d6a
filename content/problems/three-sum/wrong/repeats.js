// Finds the triplets but reports repeats of the same one.
var threeSum = function (nums) {
  const s = [...nums].sort((a, b) => a - b),
    out = [];
  for (let i = 0; i < s.length; i++) {
    let lo = i + 1,
      hi = s.length - 1;
    while (lo < hi) {
      const sum = s[i] + s[lo] + s[hi];
      if (sum === 0) {
        out.push([s[i], s[lo], s[hi]]);
        lo++;
        hi--;
      } else if (sum < 0) lo++;
      else hi--;
    }
  }
  return out;
};
