// Greedy: always puts out the lantern with the smallest number first.
var maxCoins = function (nums) {
  const lit = [...nums];
  let total = 0;
  while (lit.length > 0) {
    let pick = 0;
    for (let i = 1; i < lit.length; i++) if (lit[i] < lit[pick]) pick = i;
    total += (pick > 0 ? lit[pick - 1] : 1) * lit[pick] * (pick + 1 < lit.length ? lit[pick + 1] : 1);
    lit.splice(pick, 1);
  }
  return total;
};
