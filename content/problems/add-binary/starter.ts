function addBinary(a: string, b: string): string {

};
