function ladderLength(beginWord, endWord, wordList) {
  if (!wordList.includes(endWord)) return 0;
  const L = beginWord.length;
  const patternsOf = (word) => {
    const out = [];
    for (let i = 0; i < L; i++) out.push(word.slice(0, i) + "*" + word.slice(i + 1));
    return out;
  };
  // Words sharing a pattern such as "c*ld" differ in exactly that one position.
  const buckets = new Map();
  for (const word of wordList) {
    for (const p of patternsOf(word)) {
      if (!buckets.has(p)) buckets.set(p, []);
      buckets.get(p).push(word);
    }
  }
  const seen = new Set([beginWord]);
  let level = [beginWord];
  let length = 1;
  while (level.length > 0) {
    const next = [];
    for (const word of level) {
      if (word === endWord) return length;
      for (const p of patternsOf(word)) {
        const bucket = buckets.get(p);
        if (!bucket) continue;
        for (const neighbour of bucket) {
          if (!seen.has(neighbour)) {
            seen.add(neighbour);
            next.push(neighbour);
          }
        }
        // Every word in this bucket is queued now; never scan it again.
        buckets.delete(p);
      }
    }
    level = next;
    length++;
  }
  return 0;
}
