/**
 * @param {string[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {

};
