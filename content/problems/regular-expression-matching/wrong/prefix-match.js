// Accepts as soon as the pattern is used up, even if part of the text is left over.
var isMatch = function (s, p) {
  const match = (i, j) => {
    if (j === p.length) return true;
    const first = i < s.length && (p[j] === s[i] || p[j] === ".");
    if (p[j + 1] === "*") return match(i, j + 2) || (first && match(i + 1, j));
    return first && match(i + 1, j + 1);
  };
  return match(0, 0);
};
