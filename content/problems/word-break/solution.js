var wordBreak = function (s, wordDict) {
  const words = new Set(wordDict);
  let longest = 0;
  for (const w of wordDict) longest = Math.max(longest, w.length);
  // ok[i]: the first i characters can be split into words.
  const ok = new Array(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= s.length; i++) {
    for (let j = Math.max(0, i - longest); j < i; j++) {
      if (ok[j] && words.has(s.slice(j, i))) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[s.length];
};
