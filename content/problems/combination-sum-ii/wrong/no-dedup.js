// Sorted and pruned, but never skips equal values: the same combination is found once
// per choice of equal coins (and a pile of many equal coins explodes).
function combinationSum2(candidates, target) {
  const sorted = [...candidates].sort((a, b) => a - b);
  const result = [];
  const current = [];
  const pick = (start, remaining) => {
    if (remaining === 0) {
      result.push([...current]);
      return;
    }
    for (let i = start; i < sorted.length; i++) {
      if (sorted[i] > remaining) break;
      current.push(sorted[i]);
      pick(i + 1, remaining - sorted[i]);
      current.pop();
    }
  };
  pick(0, target);
  return result;
}
