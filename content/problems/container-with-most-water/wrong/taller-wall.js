// Uses the taller wall as the water level.
var maxArea = function (height) {
  let best = 0;
  for (let i = 0, j = height.length - 1; i < j;) {
    best = Math.max(best, (j - i) * Math.max(height[i], height[j]));
    if (height[i] < height[j]) i++;
    else j--;
  }
  return best;
};
