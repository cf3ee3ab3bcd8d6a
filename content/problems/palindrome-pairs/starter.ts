function palindromePairs(words: string[]): number[][] {

};
