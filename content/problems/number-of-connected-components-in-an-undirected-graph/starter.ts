function countComponents(n: number, edges: number[][]): number {

};
