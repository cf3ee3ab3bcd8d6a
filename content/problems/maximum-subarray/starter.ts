function maxSubarray(nums: number[]): number {}
