/**
 * @param {number} numRows
 * @return {number[][]}
 */
var generate = function(numRows) {

};
