// Follows the first ladder a depth-first search finds, which need not be the shortest.
function ladderLength(beginWord, endWord, wordList) {
  const dict = new Set(wordList);
  if (!dict.has(endWord)) return 0;
  const seen = new Set([beginWord]);
  const stack = [[beginWord, 1]];
  while (stack.length > 0) {
    const [word, length] = stack.pop();
    if (word === endWord) return length;
    for (let i = 0; i < word.length; i++) {
      for (let k = 0; k < 26; k++) {
        const cand = word.slice(0, i) + String.fromCharCode(97 + k) + word.slice(i + 1);
        if (dict.has(cand) && !seen.has(cand)) {
          seen.add(cand);
          stack.push([cand, length + 1]);
        }
      }
    }
  }
  return 0;
}
