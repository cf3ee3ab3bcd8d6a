function maxCoins(nums: number[]): number {

};
