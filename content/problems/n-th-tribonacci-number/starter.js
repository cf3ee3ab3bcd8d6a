/**
 * @param {number} n
 * @return {number}
 */
var tribonacci = function(n) {

};
