function insert(intervals: number[][], newInterval: number[]): number[][] {}
