// Treats startsWith as "some longer word continues here", so a stored word that
// nothing extends is not reported as a prefix of itself.
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
    const node = this.walk(prefix);
    return node !== null && Object.keys(node.children).length > 0;
  }

  walk(letters) {
    let node = this.root;
    for (const ch of letters) {
      node = node.children[ch];
      if (!node) return null;
    }
    return node;
  }
}
