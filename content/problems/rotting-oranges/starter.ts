function orangesRotting(grid: number[][]): number {

};
