const ROMAN_VALUES = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

var romanToInt = function (s) {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = ROMAN_VALUES[s[i]];
    // A smaller letter in front of a larger one is subtracted (IV, XC, CM, ...).
    if (i + 1 < s.length && value < ROMAN_VALUES[s[i + 1]]) total -= value;
    else total += value;
  }
  return total;
};
