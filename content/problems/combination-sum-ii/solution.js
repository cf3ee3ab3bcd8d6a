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
      if (sorted[i] > remaining) break; // sorted: every later value is too big too
      if (i > start && sorted[i] === sorted[i - 1]) continue; // same value, same combinations
      current.push(sorted[i]);
      pick(i + 1, remaining - sorted[i]);
      current.pop();
    }
  };
  pick(0, target);
  return result;
}
