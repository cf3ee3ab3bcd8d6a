// Thinks any array without a zero can be crossed, and any with one cannot.
var canJump = function (nums) {
  return nums.length === 1 || !nums.slice(0, -1).includes(0);
};
