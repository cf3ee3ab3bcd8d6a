// Every start, growing the end while counting letters: O(n²).
function characterReplacement(s, k) {
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const counts = new Array(26).fill(0);
    let maxCount = 0;
    for (let j = i; j < s.length; j++) {
      const letter = s.charCodeAt(j) - 65;
      counts[letter]++;
      maxCount = Math.max(maxCount, counts[letter]);
      if (j - i + 1 - maxCount <= k) best = Math.max(best, j - i + 1);
    }
  }
  return best;
}
