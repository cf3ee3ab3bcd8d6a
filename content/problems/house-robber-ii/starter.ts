function rob(nums: number[]): number {

};
