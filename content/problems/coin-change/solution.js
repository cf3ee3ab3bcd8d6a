var coinChange = function (coins, amount) {
  // fewest[a] = fewest coins that pay exactly a (Infinity if impossible).
  const fewest = new Array(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const c of coins) {
      if (c <= a && fewest[a - c] + 1 < fewest[a]) fewest[a] = fewest[a - c] + 1;
    }
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount];
};
