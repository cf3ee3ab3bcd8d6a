// The right recursion without memoisation: it walks every combination one by one.
function change(amount, coins) {
  const go = (i, left) => {
    if (left === 0) return 1;
    if (i === coins.length) return 0;
    let total = go(i + 1, left);
    if (coins[i] <= left) total += go(i, left - coins[i]);
    return total;
  };
  return go(0, amount);
}
