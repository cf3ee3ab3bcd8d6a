// Tries buy, sell and wait on every day without memoisation: exponential time.
function maxProfit(prices) {
  const go = (day, holding) => {
    if (day >= prices.length) return 0;
    const wait = go(day + 1, holding);
    if (holding) return Math.max(wait, prices[day] + go(day + 2, false));
    return Math.max(wait, -prices[day] + go(day + 1, true));
  };
  return go(0, false);
}
