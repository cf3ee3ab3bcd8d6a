/**
 * @param {number[]} digits
 * @return {number[]}
 */
function plusOne(digits) {}
