/**
 * @param {number[]} height
 * @return {number}
 */
function maxArea(height) {}
