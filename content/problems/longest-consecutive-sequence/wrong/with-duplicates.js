// Sorts and counts runs, but a repeated number breaks the run.
var longestConsecutive = function (nums) {
  if (!nums.length) return 0;
  const s = [...nums].sort((a, b) => a - b);
  let best = 1,
    run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s[i] === s[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
};
