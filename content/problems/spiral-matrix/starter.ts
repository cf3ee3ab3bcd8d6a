function spiralOrder(matrix: number[][]): number[] {}
