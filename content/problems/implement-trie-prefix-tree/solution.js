class Trie {
  constructor() {
    this.root = { children: {}, isWord: false };
  }

  insert(word) {
    let node = this.root;
    for (const ch of word) node = node.children[ch] ??= { children: {}, isWord: false };
    node.isWord = true;
  }

  search(word) {
    return this.walk(word)?.isWord ?? false;
  }

  startsWith(prefix) {
    return this.walk(prefix) !== null;
  }

  /** The node at the end of the path spelling `letters`, or null if the path breaks off. */
  walk(letters) {
    let node = this.root;
    for (const ch of letters) {
      node = node.children[ch];
      if (!node) return null;
    }
    return node;
  }
}
