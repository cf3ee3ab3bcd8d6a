// Seeds T2 with 2 instead of 1.
var tribonacci = function (n) {
  if (n === 0) return 0;
  if (n === 1) return 1;
  let [a, b, c] = [0, 1, 2];
  for (let i = 3; i <= n; i++) [a, b, c] = [b, c, a + b + c];
  return c;
};
