class WordDictionary {
  constructor() {}

  addWord(word: string): void {}

  search(word: string): boolean {}
}
