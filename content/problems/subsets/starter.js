/**
 * @param {number[]} nums
 * @return {number[][]}
 */
function subsets(nums) {}
