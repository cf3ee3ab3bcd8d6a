/**
 * @param {number} k
 * @param {number[]} nums
 */
var KthLargest = function(k, nums) {

};

/**
 * @param {number} val
 * @return {number}
 */
KthLargest.prototype.add = function(val) {

};
