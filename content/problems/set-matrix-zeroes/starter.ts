function setZeroes(matrix: number[][]): number[][] {}
