function containsNearbyDuplicate(nums: number[], k: number): boolean {

};
