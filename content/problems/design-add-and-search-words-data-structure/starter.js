class WordDictionary {
  constructor() {}

  /**
   * @param {string} word
   * @return {void}
   */
  addWord(word) {}

  /**
   * @param {string} word
   * @return {boolean}
   */
  search(word) {}
}
