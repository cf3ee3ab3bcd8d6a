// Computes the longest common contiguous substring instead of subsequence.
function longestCommonSubsequence(text1, text2) {
  const n = text2.length;
  let prev = new Array(n + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= text1.length; i++) {
    const row = new Array(n + 1).fill(0);
    for (let j = 1; j <= n; j++) {
      if (text1[i - 1] === text2[j - 1]) {
        row[j] = prev[j - 1] + 1;
        best = Math.max(best, row[j]);
      }
    }
    prev = row;
  }
  return best;
}
