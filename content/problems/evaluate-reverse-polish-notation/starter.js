/**
 * @param {string[]} tokens
 * @return {number}
 */
var evalRPN = function(tokens) {

};
