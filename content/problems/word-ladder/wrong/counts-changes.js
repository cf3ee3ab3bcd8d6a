// Counts the letter changes instead of the words in the ladder (one less).
function ladderLength(beginWord, endWord, wordList) {
  const dict = new Set(wordList);
  if (!dict.has(endWord)) return 0;
  let level = [beginWord];
  const seen = new Set(level);
  let steps = 0;
  while (level.length > 0) {
    const next = [];
    for (const word of level) {
      if (word === endWord) return steps;
      for (let i = 0; i < word.length; i++) {
        for (let k = 0; k < 26; k++) {
          const cand = word.slice(0, i) + String.fromCharCode(97 + k) + word.slice(i + 1);
          if (dict.has(cand) && !seen.has(cand)) {
            seen.add(cand);
            next.push(cand);
          }
        }
      }
    }
    level = next;
    steps++;
  }
  return 0;
}
