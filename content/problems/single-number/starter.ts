function singleNumber(nums: number[]): number {

};
