function uniquePaths(m: number, n: number): number {

};
