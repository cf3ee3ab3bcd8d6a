/**
 * @param {number} x
 * @return {number}
 */
var mySqrt = function(x) {

};
