// Only tries the full width at the lowest bar, and each bar alone.
var largestRectangleArea = function (heights) {
  return Math.max(Math.min(...heights) * heights.length, ...heights);
};
