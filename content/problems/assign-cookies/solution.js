var findContentChildren = function (g, s) {
  const greed = [...g].sort((a, b) => a - b);
  const sizes = [...s].sort((a, b) => a - b);
  let child = 0;
  for (let j = 0; j < sizes.length && child < greed.length; j++) {
    if (sizes[j] >= greed[child]) child++;
  }
  return child;
};
