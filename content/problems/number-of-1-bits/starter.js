/**
 * @param {number} n
 * @return {number}
 */
var hammingWeight = function(n) {

};
