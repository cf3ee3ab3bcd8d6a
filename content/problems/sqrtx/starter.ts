function mySqrt(x: number): number {

};
