function totalNQueens(n: number): number {

};
