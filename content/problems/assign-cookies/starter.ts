function findContentChildren(g: number[], s: number[]): number {

};
