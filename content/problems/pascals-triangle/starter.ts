function generate(numRows: number): number[][] {

};
