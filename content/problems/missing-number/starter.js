/**
 * @param {number[]} nums
 * @return {number}
 */
var missingNumber = function(nums) {

};
