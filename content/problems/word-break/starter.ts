function wordBreak(s: string, wordDict: string[]): boolean {

};
