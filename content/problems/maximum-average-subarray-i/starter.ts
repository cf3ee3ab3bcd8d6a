function findMaxAverage(nums: number[], k: number): number {

};
