function longestCommonSubsequence(text1, text2) {
  const n = text2.length;
  let prev = new Array(n + 1).fill(0);
  let row = new Array(n + 1).fill(0);
  for (let i = 1; i <= text1.length; i++) {
    const a = text1[i - 1];
    for (let j = 1; j <= n; j++) {
      row[j] = a === text2[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    // Row i only needs row i - 1: swap the two buffers instead of keeping the whole table.
    [prev, row] = [row, prev];
  }
  return prev[n];
}
