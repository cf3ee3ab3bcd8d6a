/**
 * @param {number[][]} matrix
 * @return {number[][]}
 */
function rotate(matrix) {}
