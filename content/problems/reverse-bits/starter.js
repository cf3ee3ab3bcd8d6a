/**
 * @param {number} n
 * @return {number}
 */
var reverseBits = function(n) {

};
