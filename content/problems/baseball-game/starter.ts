function calPoints(operations: string[]): number {

};
