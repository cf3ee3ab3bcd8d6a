function romanToInt(s: string): number {

};
