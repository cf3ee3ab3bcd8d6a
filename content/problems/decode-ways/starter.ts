function numDecodings(s: string): number {

};
