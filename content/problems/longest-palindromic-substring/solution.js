var longestPalindrome = function (s) {
  let bestStart = 0;
  let bestLength = 1;
  // Centre c covers the character c / 2 (even c) or the gap after it (odd c).
  for (let c = 0; c < 2 * s.length - 1; c++) {
    let left = Math.floor(c / 2);
    let right = left + (c % 2);
    while (left >= 0 && right < s.length && s[left] === s[right]) {
      left--;
      right++;
    }
    const length = right - left - 1;
    if (length > bestLength) {
      bestLength = length;
      bestStart = left + 1;
    }
  }
  return s.slice(bestStart, bestStart + bestLength);
};
