/**
 * @param {number} n
 * @return {number}
 */
var climbStairs = function(n) {

};
