function findMaximizedCapital(k: number, w: number, profits: number[], capital: number[]): number {

};
