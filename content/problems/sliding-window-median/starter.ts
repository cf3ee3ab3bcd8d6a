function medianSlidingWindow(nums: number[], k: number): number[] {

};
