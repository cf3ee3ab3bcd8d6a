var findAllConcatenatedWordsInADict = function (words) {
  const dict = new Set(words);
  const maxLen = Math.max(...words.map((w) => w.length));
  // canCover[i]: w[i..] can be cut into words of the list. The whole word itself does not count
  // as a cut, so a word needs at least two pieces.
  const isConcatenated = (w) => {
    const n = w.length;
    const canCover = new Array(n + 1).fill(false);
    canCover[n] = true;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = i + 1; j <= Math.min(n, i + maxLen); j++) {
        if (i === 0 && j === n) continue;
        if (canCover[j] && dict.has(w.slice(i, j))) {
          canCover[i] = true;
          break;
        }
      }
    }
    return canCover[0];
  };
  return words.filter(isConcatenated);
};
