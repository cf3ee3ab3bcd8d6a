var lengthOfLongestSubstring = function (s) {
  const lastSeen = new Map(); // character -> index of its latest occurrence
  let start = 0; // the window is s[start..i]
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const prev = lastSeen.get(s[i]);
    if (prev !== undefined && prev >= start) start = prev + 1;
    lastSeen.set(s[i], i);
    best = Math.max(best, i - start + 1);
  }
  return best;
};
