var rob = function (nums) {
  // best(i) = max(best(i - 1), best(i - 2) + nums[i - 1]), two values at a time.
  let before = 0; // best from houses up to i - 2
  let last = 0; // best from houses up to i - 1
  for (const x of nums) {
    const next = Math.max(last, before + x);
    before = last;
    last = next;
  }
  return last;
};
