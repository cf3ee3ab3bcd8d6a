/**
 * @param {string} digits
 * @return {string[]}
 */
function letterCombinations(digits) {}
