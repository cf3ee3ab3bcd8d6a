var candy = function (ratings) {
  const n = ratings.length;
  const counts = new Array(n).fill(1);
  for (let i = 1; i < n; i++) {
    if (ratings[i] > ratings[i - 1]) counts[i] = counts[i - 1] + 1;
  }
  for (let i = n - 2; i >= 0; i--) {
    if (ratings[i] > ratings[i + 1]) counts[i] = Math.max(counts[i], counts[i + 1] + 1);
  }
  return counts.reduce((sum, c) => sum + c, 0);
};
