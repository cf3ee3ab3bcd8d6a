/**
 * @param {number} n
 * @return {boolean}
 */
function isHappy(n) {}
