// Checks only that each character of s occurs somewhere in t, ignoring the order.
var isSubsequence = function (s, t) {
  for (const ch of s) {
    if (!t.includes(ch)) return false;
  }
  return true;
};
