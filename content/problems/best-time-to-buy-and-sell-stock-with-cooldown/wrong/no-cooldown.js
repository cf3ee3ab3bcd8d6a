// Adds up every rise in price, as if a share could be bought back the day after selling.
function maxProfit(prices) {
  let profit = 0;
  for (let i = 1; i < prices.length; i++) profit += Math.max(0, prices[i] - prices[i - 1]);
  return profit;
}
