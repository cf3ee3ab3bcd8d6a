var singleNumber = function (nums) {
  // x ^ x = 0 and x ^ 0 = x, so every pair cancels out.
  let acc = 0;
  for (const x of nums) acc ^= x;
  return acc;
};
