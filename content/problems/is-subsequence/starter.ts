function isSubsequence(s: string, t: string): boolean {

};
