// Sets the planned end to the current letter's last index instead of the maximum so far.
var partitionLabels = function (s) {
  const last = {};
  for (let i = 0; i < s.length; i++) last[s[i]] = i;
  const sizes = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const end = last[s[i]];
    if (i === end) {
      sizes.push(end - start + 1);
      start = i + 1;
    }
  }
  return sizes;
};
