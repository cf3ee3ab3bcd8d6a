function splitArray(nums: number[], k: number): number {

};
