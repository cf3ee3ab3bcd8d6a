var countBits = function (n) {
  // i >> 1 has the same bits as i without the lowest one.
  const bits = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) bits[i] = bits[i >> 1] + (i & 1);
  return bits;
};
