function longestConsecutive(nums: number[]): number {

};
