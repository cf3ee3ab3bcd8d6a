/**
 * @param {string} s
 * @return {string}
 */
var longestPalindrome = function(s) {

};
