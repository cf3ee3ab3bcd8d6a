function tribonacci(n: number): number {

};
