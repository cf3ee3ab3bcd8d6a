function solveNQueens(n: number): string[][] {}
