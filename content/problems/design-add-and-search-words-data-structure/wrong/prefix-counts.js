// Never checks that the pattern ends where a word ends, so it matches the start of longer words.
class WordDictionary {
  constructor() {
    this.root = {};
  }

  addWord(word) {
    let node = this.root;
    for (const ch of word) node = node[ch] ??= {};
  }

  search(word) {
    const match = (node, i) => {
      if (i === word.length) return true;
      if (word[i] !== ".") return node[word[i]] !== undefined && match(node[word[i]], i + 1);
      return Object.values(node).some((child) => match(child, i + 1));
    };
    return match(this.root, 0);
  }
}
