var palindromePairs = function (words) {
  const isPal = (s) => {
    for (let a = 0, b = s.length - 1; a < b; a++, b--) if (s[a] !== s[b]) return false;
    return true;
  };
  // Map each word, reversed, to its index: a partner for w must mirror a piece of w.
  const mirror = new Map(words.map((w, i) => [[...w].reverse().join(""), i]));
  const pairs = [];
  words.forEach((w, i) => {
    for (let cut = 0; cut <= w.length; cut++) {
      const left = w.slice(0, cut);
      const right = w.slice(cut);
      const j = mirror.get(left);
      if (j !== undefined && j !== i && isPal(right)) pairs.push([i, j]);
      // cut > 0 so that a whole-word mirror is not reported twice.
      const k = mirror.get(right);
      if (cut > 0 && k !== undefined && k !== i && isPal(left)) pairs.push([k, i]);
    }
  });
  return pairs;
};
