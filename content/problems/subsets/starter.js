/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var subsets = function(nums) {

};
