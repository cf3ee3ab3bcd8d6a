// Groups words of the same length.
var groupAnagrams = function (strs) {
  const groups = new Map();
  for (const s of strs) {
    if (!groups.has(s.length)) groups.set(s.length, []);
    groups.get(s.length).push(s);
  }
  return [...groups.values()];
};
