var islandPerimeter = function (grid) {
  let perimeter = 0;
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] !== 1) continue;
      perimeter += 4;
      // A shared side hides one edge of each of the two cells.
      if (c + 1 < grid[r].length && grid[r][c + 1] === 1) perimeter -= 2;
      if (r + 1 < grid.length && grid[r + 1][c] === 1) perimeter -= 2;
    }
  }
  return perimeter;
};
