function isMatch(s: string, p: string): boolean {

};
