function firstMissingPositive(nums: number[]): number {

};
