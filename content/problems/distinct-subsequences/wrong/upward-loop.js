// One-array version with j going upward: one character of s can fill two positions of t.
function numDistinct(s, t) {
  const n = t.length;
  const ways = new Array(n + 1).fill(0);
  ways[0] = 1;
  for (const c of s) {
    for (let j = 1; j <= n; j++) if (t[j - 1] === c) ways[j] += ways[j - 1];
  }
  return ways[n];
}
