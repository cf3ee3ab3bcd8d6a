var maxArea = function (height) {
  let i = 0;
  let j = height.length - 1;
  let best = 0;
  while (i < j) {
    const h = Math.min(height[i], height[j]);
    best = Math.max(best, h * (j - i));
    // The shorter wall can never do better with a closer partner, so move it.
    if (height[i] < height[j]) i++;
    else j--;
  }
  return best;
};
