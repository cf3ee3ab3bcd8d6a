/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var threeSum = function(nums) {

};
