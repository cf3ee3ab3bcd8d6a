class WordDictionary {
  constructor() {
    this.root = { children: {}, isWord: false };
  }

  addWord(word) {
    let node = this.root;
    for (const ch of word) node = node.children[ch] ??= { children: {}, isWord: false };
    node.isWord = true;
  }

  search(word) {
    const match = (node, i) => {
      if (i === word.length) return node.isWord;
      if (word[i] !== ".") {
        const next = node.children[word[i]];
        return next !== undefined && match(next, i + 1);
      }
      // A blank may be any letter: try every branch until one fits.
      return Object.values(node.children).some((child) => match(child, i + 1));
    };
    return match(this.root, 0);
  }
}
