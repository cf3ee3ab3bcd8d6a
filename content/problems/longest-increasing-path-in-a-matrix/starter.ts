function longestIncreasingPath(matrix: number[][]): number {

};
