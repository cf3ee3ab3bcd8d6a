function containsDuplicate(nums: number[]): boolean {

};
