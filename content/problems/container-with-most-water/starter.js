/**
 * @param {number[]} height
 * @return {number}
 */
var maxArea = function(height) {

};
