/**
 * @param {number} n
 * @return {number[]}
 */
function countBits(n) {}
