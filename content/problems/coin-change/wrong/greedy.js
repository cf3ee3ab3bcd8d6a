// Largest coin first: not optimal for every coin set.
var coinChange = function (coins, amount) {
  coins = [...coins].sort((a, b) => b - a);
  let count = 0;
  for (const c of coins) {
    count += Math.floor(amount / c);
    amount %= c;
  }
  return amount === 0 ? count : -1;
};
