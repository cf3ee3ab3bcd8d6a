var productExceptSelf = function (nums) {
  const n = nums.length;
  const answer = new Array(n);
  // First pass: answer[i] = product of everything to the left of i.
  let left = 1;
  for (let i = 0; i < n; i++) {
    answer[i] = left;
    left *= nums[i];
  }
  // Second pass: multiply in the product of everything to the right of i.
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    answer[i] = answer[i] * right + 0; // + 0 turns -0 into 0
    right *= nums[i];
  }
  return answer;
};
