// Takes commissions in order of required capital instead of by profit.
var findMaximizedCapital = function (k, w, profits, capital) {
  const order = profits.map((_, i) => i).sort((a, b) => capital[a] - capital[b]);
  for (let i = 0; i < order.length && k > 0; i++, k--) {
    if (capital[order[i]] > w) break;
    w += profits[order[i]];
  }
  return w;
};
