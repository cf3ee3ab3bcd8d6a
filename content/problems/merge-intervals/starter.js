/**
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var merge = function(intervals) {

};
