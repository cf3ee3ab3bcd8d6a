function partition(s) {
  const n = s.length;
  // isPal[i][j]: s[i..j] reads the same both ways. Filled from short pieces to long.
  const isPal = Array.from({ length: n }, () => new Array(n).fill(false));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) isPal[i][j] = s[i] === s[j] && (j - i < 2 || isPal[i + 1][j - 1]);
  }
  const result = [];
  const pieces = [];
  const cut = (start) => {
    if (start === n) {
      result.push([...pieces]);
      return;
    }
    for (let end = start; end < n; end++) {
      if (!isPal[start][end]) continue;
      pieces.push(s.slice(start, end + 1));
      cut(end + 1);
      pieces.pop();
    }
  };
  cut(0);
  return result;
}
