var combinationSum = function (candidates, target) {
  const sorted = [...candidates].sort((a, b) => a - b);
  const result = [];
  const current = [];
  // Only candidates from index `start` on, so each combination is built in one order.
  const search = (start, remaining) => {
    if (remaining === 0) {
      result.push([...current]);
      return;
    }
    for (let i = start; i < sorted.length && sorted[i] <= remaining; i++) {
      current.push(sorted[i]);
      search(i, remaining - sorted[i]); // i, not i + 1: the same candidate may repeat
      current.pop();
    }
  };
  search(0, target);
  return result;
};
