/**
 * @param {string} s
 * @return {number}
 */
var longestValidParentheses = function(s) {

};
