// Takes the first word that fits and never backtracks.
var wordBreak = function (s, wordDict) {
  let i = 0;
  outer: while (i < s.length) {
    for (const w of wordDict)
      if (s.startsWith(w, i)) {
        i += w.length;
        continue outer;
      }
    return false;
  }
  return true;
};
