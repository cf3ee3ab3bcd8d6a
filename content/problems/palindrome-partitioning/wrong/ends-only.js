// Calls a piece a palindrome when its first and last letters match, without
// checking the letters in between.
function partition(s) {
  const result = [];
  const pieces = [];
  const cut = (start) => {
    if (start === s.length) {
      result.push([...pieces]);
      return;
    }
    for (let end = start; end < s.length; end++) {
      if (s[start] !== s[end]) continue;
      pieces.push(s.slice(start, end + 1));
      cut(end + 1);
      pieces.pop();
    }
  };
  cut(0);
  return result;
}
