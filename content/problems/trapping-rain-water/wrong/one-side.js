// Only looks at the highest wall to the left.
var trap = function (height) {
  let left = 0,
    water = 0;
  for (const h of height) {
    left = Math.max(left, h);
    water += left - h;
  }
  return water;
};
