// Counts four edges for every land cell, ignoring the sides cells share.
var islandPerimeter = function (grid) {
  return 4 * grid.flat().filter((cell) => cell === 1).length;
};
