// Rounds to the nearest integer instead of rounding down.
var mySqrt = function (x) {
  let r = 0;
  while ((r + 1) * (r + 1) <= x) r++;
  return x - r * r > r ? r + 1 : r;
};
