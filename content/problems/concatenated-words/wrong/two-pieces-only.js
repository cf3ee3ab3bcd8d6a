// Only tries cutting a word into exactly two pieces.
var findAllConcatenatedWordsInADict = function (words) {
  const dict = new Set(words);
  return words.filter((w) => {
    for (let cut = 1; cut < w.length; cut++) {
      if (dict.has(w.slice(0, cut)) && dict.has(w.slice(cut))) return true;
    }
    return false;
  });
};
