/**
 * @param {number} n
 * @return {string[][]}
 */
function solveNQueens(n) {}
