// Counts distinct characters in the whole string.
var lengthOfLongestSubstring = function (s) {
  return new Set(s).size;
};
