/**
 * @param {string[][]} board
 * @return {boolean}
 */
function isValidSudoku(board) {}
