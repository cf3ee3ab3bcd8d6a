// A floating-point binomial: loses the last digits of large answers.
var uniquePaths = function (m, n) {
  let r = 1;
  for (let i = 1; i <= m - 1; i++) r = (r * (n - 1 + i)) / i;
  return Math.round(r);
};
