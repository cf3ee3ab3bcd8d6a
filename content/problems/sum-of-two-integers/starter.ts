function getSum(a: number, b: number): number {

};
