/**
 * @param {string} s
 * @return {boolean}
 */
function isPalindrome(s) {}
