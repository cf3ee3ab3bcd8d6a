/**
 * @param {number[]} nums
 * @return {number}
 */
var firstMissingPositive = function(nums) {

};
