// Sorts once and then smashes in that order.
var lastStoneWeight = function (stones) {
  const s = [...stones].sort((a, b) => b - a);
  while (s.length > 1) {
    const y = s.shift(),
      x = s.shift();
    if (y !== x) s.push(y - x);
  }
  return s.length ? s[0] : 0;
};
