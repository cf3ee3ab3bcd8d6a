// Keep-or-skip recursion without memoisation: exponential time.
function numDistinct(s, t) {
  const go = (i, j) => {
    if (j === t.length) return 1;
    if (i === s.length) return 0;
    let total = go(i + 1, j);
    if (s[i] === t[j]) total += go(i + 1, j + 1);
    return total;
  };
  return go(0, 0);
}
