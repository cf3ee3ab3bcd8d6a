// Compares which letters appear in each window, not how many times.
function checkInclusion(s1, s2) {
  const m = s1.length;
  const letters = [...new Set(s1)].sort().join("");
  for (let i = 0; i + m <= s2.length; i++) {
    if ([...new Set(s2.slice(i, i + m))].sort().join("") === letters) return true;
  }
  return false;
}
