/**
 * @param {string[]} words
 * @return {number[][]}
 */
var palindromePairs = function(words) {

};
