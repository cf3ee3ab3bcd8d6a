function numDistinct(s, t) {
  const n = t.length;
  // positions.get(c): the indices j (1-based, descending) where t[j - 1] === c.
  const positions = new Map();
  for (let j = n; j >= 1; j--) {
    const c = t[j - 1];
    if (!positions.has(c)) positions.set(c, []);
    positions.get(c).push(j);
  }
  const ways = new Array(n + 1).fill(0);
  ways[0] = 1;
  for (const c of s) {
    const js = positions.get(c);
    if (!js) continue;
    // Descending j, so ways[j - 1] still counts matches in the shorter prefix of s.
    for (const j of js) ways[j] += ways[j - 1];
  }
  return ways[n];
}
