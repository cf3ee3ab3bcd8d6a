/**
 * @param {number[]} nums
 * @return {boolean}
 */
var canJump = function(nums) {

};
