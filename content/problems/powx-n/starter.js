/**
 * @param {number} x
 * @param {number} n
 * @return {number}
 */
function myPow(x, n) {}
