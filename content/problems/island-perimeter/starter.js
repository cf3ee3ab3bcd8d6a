/**
 * @param {number[][]} grid
 * @return {number}
 */
var islandPerimeter = function(grid) {

};
