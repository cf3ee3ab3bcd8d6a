// Treats '*' as "any sequence of characters" (glob style) instead of repeating the symbol before it.
var isMatch = function (s, p) {
  const memo = new Map();
  const match = (i, j) => {
    const key = i * 100 + j;
    if (memo.has(key)) return memo.get(key);
    let result;
    if (j === p.length) result = i === s.length;
    else if (p[j] === "*") result = match(i, j + 1) || (i < s.length && match(i + 1, j));
    else result = i < s.length && (p[j] === s[i] || p[j] === ".") && match(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
};
