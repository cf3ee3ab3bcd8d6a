function rotate(matrix: number[][]): number[][] {}
