function minDistance(word1: string, word2: string): number {

};
