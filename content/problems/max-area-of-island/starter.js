/**
 * @param {number[][]} grid
 * @return {number}
 */
function maxAreaOfIsland(grid) {}
