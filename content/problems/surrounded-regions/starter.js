/**
 * @param {string[][]} board
 * @return {string[][]}
 */
function solve(board) {}
