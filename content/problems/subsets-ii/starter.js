/**
 * @param {number[]} nums
 * @return {number[][]}
 */
function subsetsWithDup(nums) {}
