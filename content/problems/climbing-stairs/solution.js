var climbStairs = function (n) {
  // ways(i) = ways(i - 1) + ways(i - 2), keeping only the last two values.
  let prev = 1; // ways(0)
  let cur = 1; // ways(1)
  for (let i = 2; i <= n; i++) {
    const next = prev + cur;
    prev = cur;
    cur = next;
  }
  return cur;
};
