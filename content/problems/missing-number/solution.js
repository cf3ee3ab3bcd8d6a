var missingNumber = function (nums) {
  // XOR of 0..n and of every value: present numbers cancel in pairs.
  let acc = nums.length;
  for (let i = 0; i < nums.length; i++) acc ^= i ^ nums[i];
  return acc;
};
