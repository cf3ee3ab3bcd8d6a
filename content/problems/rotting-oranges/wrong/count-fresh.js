// Answers the number of fresh oranges.
var orangesRotting = function (grid) {
  return grid.flat().filter((c) => c === 1).length;
};
