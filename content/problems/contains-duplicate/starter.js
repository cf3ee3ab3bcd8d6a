/**
 * @param {number[]} nums
 * @return {boolean}
 */
function containsDuplicate(nums) {}
