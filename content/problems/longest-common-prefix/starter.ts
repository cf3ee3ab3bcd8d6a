function longestCommonPrefix(strs: string[]): string {

};
