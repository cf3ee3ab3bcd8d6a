function searchInsert(nums: number[], target: number): number {

};
