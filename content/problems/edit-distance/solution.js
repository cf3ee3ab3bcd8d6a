var minDistance = function (word1, word2) {
  const a = word1.length;
  const b = word2.length;
  // prev[j] = edits turning word1[0..i-1) into word2[0..j); cur is row i.
  let prev = Array.from({ length: b + 1 }, (_, j) => j);
  let cur = new Array(b + 1).fill(0);
  for (let i = 1; i <= a; i++) {
    cur[0] = i;
    for (let j = 1; j <= b; j++) {
      if (word1[i - 1] === word2[j - 1]) cur[j] = prev[j - 1];
      else cur[j] = 1 + Math.min(prev[j - 1], prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b];
};
