// Treats n = 0 like n = 1 and 2.
var tribonacci = function (n) {
  if (n <= 2) return 1;
  let [a, b, c] = [0, 1, 1];
  for (let i = 3; i <= n; i++) [a, b, c] = [b, c, a + b + c];
  return c;
};
