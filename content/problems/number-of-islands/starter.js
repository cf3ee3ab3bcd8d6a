/**
 * @param {string[][]} grid
 * @return {number}
 */
function numIslands(grid) {}
