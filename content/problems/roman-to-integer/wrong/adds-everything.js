// Ignores the subtractive pairs: adds every letter.
var romanToInt = function (s) {
  const values = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (const letter of s) total += values[letter];
  return total;
};
