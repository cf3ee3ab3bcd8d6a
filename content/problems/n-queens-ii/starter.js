/**
 * @param {number} n
 * @return {number}
 */
var totalNQueens = function(n) {

};
