function canJump(nums: number[]): boolean {

};
