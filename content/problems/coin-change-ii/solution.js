function change(amount, coins) {
  const ways = new Array(amount + 1).fill(0);
  ways[0] = 1;
  // Coins in the outer loop: each combination is built in one fixed coin order, so it is counted once.
  for (const coin of coins) {
    for (let a = coin; a <= amount; a++) ways[a] += ways[a - coin];
  }
  return ways[amount];
}
