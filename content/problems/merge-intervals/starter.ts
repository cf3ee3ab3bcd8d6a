function merge(intervals: number[][]): number[][] {

};
