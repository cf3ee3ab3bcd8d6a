// Sorts every window: O(n·m log m).
function checkInclusion(s1, s2) {
  const m = s1.length;
  const target = s1.split("").sort().join("");
  for (let i = 0; i + m <= s2.length; i++) {
    if (
      s2
        .slice(i, i + m)
        .split("")
        .sort()
        .join("") === target
    )
      return true;
  }
  return false;
}
