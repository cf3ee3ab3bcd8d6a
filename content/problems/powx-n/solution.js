function myPow(x, n) {
  let result = 1;
  let base = x;
  // Plain arithmetic, not bit operators: |n| may be 2^31, which does not fit in 32 bits.
  for (let e = Math.abs(n); e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result *= base;
    base *= base;
  }
  return n < 0 ? 1 / result : result;
}
