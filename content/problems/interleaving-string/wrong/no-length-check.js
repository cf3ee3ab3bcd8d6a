// The right table, but without checking lengths it accepts an s3 that only starts with a valid shuffle.
function isInterleave(s1, s2, s3) {
  const m = s1.length;
  const n = s2.length;
  const ok = new Array(n + 1).fill(false);
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) ok[j] = true;
      else {
        const c = s3[i + j - 1];
        ok[j] = (i > 0 && ok[j] && s1[i - 1] === c) || (j > 0 && ok[j - 1] && s2[j - 1] === c);
      }
    }
  }
  return ok[n];
}
