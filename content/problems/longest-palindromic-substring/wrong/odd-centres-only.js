// Expands only around characters, so even-length palindromes are never found.
var longestPalindrome = function (s) {
  let best = s[0];
  for (let i = 0; i < s.length; i++) {
    let left = i;
    let right = i;
    while (left >= 0 && right < s.length && s[left] === s[right]) {
      left--;
      right++;
    }
    if (right - left - 1 > best.length) best = s.slice(left + 1, right);
  }
  return best;
};
