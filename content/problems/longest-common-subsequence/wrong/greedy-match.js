// Matches each character of text1 with its next occurrence in text2, never reconsidering.
function longestCommonSubsequence(text1, text2) {
  let j = 0;
  let length = 0;
  for (const ch of text1) {
    const at = text2.indexOf(ch, j);
    if (at !== -1) {
      length++;
      j = at + 1;
    }
  }
  return length;
}
