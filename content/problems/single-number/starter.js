/**
 * @param {number[]} nums
 * @return {number}
 */
var singleNumber = function(nums) {

};
