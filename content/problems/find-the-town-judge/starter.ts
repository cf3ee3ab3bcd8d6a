function findJudge(n: number, trust: number[][]): number {

};
