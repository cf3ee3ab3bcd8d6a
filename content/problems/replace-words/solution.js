var replaceWords = function (dictionary, sentence) {
  // A trie of the roots; node.end marks the last letter of a root.
  const trie = { children: new Map(), end: false };
  for (const root of dictionary) {
    let node = trie;
    for (const ch of root) {
      if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), end: false });
      node = node.children.get(ch);
    }
    node.end = true;
  }
  const shortestRoot = (word) => {
    let node = trie;
    for (let i = 0; i < word.length; i++) {
      node = node.children.get(word[i]);
      if (!node) return word;
      if (node.end) return word.slice(0, i + 1);
    }
    return word;
  };
  return sentence.split(" ").map(shortestRoot).join(" ");
};
