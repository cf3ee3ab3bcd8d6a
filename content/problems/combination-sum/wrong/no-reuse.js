// Uses each candidate at most once.
var combinationSum = function (candidates, target) {
  const out = [];
  const go = (i, left, path) => {
    if (left === 0) {
      out.push([...path]);
      return;
    }
    if (i === candidates.length || left < 0) return;
    path.push(candidates[i]);
    go(i + 1, left - candidates[i], path);
    path.pop();
    go(i + 1, left, path);
  };
  go(0, target, []);
  return out;
};
