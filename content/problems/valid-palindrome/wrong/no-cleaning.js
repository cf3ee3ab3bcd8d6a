// Does not skip punctuation or ignore case.
var isPalindrome = function (s) {
  return s === [...s].reverse().join("");
};
