function checkInclusion(s1, s2) {
  const m = s1.length;
  if (m > s2.length) return false;
  const need = new Array(26).fill(0);
  const window = new Array(26).fill(0);
  for (let i = 0; i < m; i++) {
    need[s1.charCodeAt(i) - 97]++;
    window[s2.charCodeAt(i) - 97]++;
  }
  let matches = 0;
  for (let c = 0; c < 26; c++) if (need[c] === window[c]) matches++;
  // Moving one letter in or out changes whether that letter matches, and nothing else.
  const shift = (c, delta) => {
    if (window[c] === need[c]) matches--;
    window[c] += delta;
    if (window[c] === need[c]) matches++;
  };
  for (let right = m; right < s2.length; right++) {
    if (matches === 26) return true;
    shift(s2.charCodeAt(right) - 97, 1);
    shift(s2.charCodeAt(right - m) - 97, -1);
  }
  return matches === 26;
}
