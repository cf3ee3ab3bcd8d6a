// Runs the two-pointer match without sorting the arrays first.
var findContentChildren = function (g, s) {
  let child = 0;
  for (let j = 0; j < s.length && child < g.length; j++) {
    if (s[j] >= g[child]) child++;
  }
  return child;
};
