function hammingWeight(n: number): number {

};
