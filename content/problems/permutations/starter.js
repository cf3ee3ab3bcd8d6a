/**
 * @param {number[]} nums
 * @return {number[][]}
 */
function permute(nums) {}
