/**
 * @param {number[][]} grid
 * @return {number}
 */
function swimInWater(grid) {}
