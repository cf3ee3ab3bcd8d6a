// Slices one character too few from the stopped pointers.
var longestPalindrome = function (s) {
  let best = s[0];
  for (let c = 0; c < 2 * s.length - 1; c++) {
    let left = Math.floor(c / 2);
    let right = left + (c % 2);
    while (left >= 0 && right < s.length && s[left] === s[right]) {
      left--;
      right++;
    }
    if (right - left - 1 > best.length) best = s.slice(left + 1, right - 1);
  }
  return best;
};
