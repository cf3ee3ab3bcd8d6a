function findAllConcatenatedWordsInADict(words: string[]): string[] {

};
