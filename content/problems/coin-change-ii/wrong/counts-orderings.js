// Amount in the outer loop: counts ordered sequences of coins, so 1+2 and 2+1 both count.
function change(amount, coins) {
  const ways = new Array(amount + 1).fill(0);
  ways[0] = 1;
  for (let a = 1; a <= amount; a++) {
    for (const coin of coins) if (coin <= a) ways[a] += ways[a - coin];
  }
  return ways[amount];
}
