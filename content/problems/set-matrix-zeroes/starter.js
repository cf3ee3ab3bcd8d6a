/**
 * @param {number[][]} matrix
 * @return {number[][]}
 */
function setZeroes(matrix) {}
