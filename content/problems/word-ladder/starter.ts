function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {}
