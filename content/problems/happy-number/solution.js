function isHappy(n) {
  const next = (x) => {
    let sum = 0;
    for (; x > 0; x = Math.floor(x / 10)) sum += (x % 10) ** 2;
    return sum;
  };
  // Floyd: the fast walker meets the slow one inside the loop, which is {1} for happy numbers.
  let slow = n;
  let fast = next(n);
  while (fast !== 1 && slow !== fast) {
    slow = next(slow);
    fast = next(next(fast));
  }
  return fast === 1;
}
