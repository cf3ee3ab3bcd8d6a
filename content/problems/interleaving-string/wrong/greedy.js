// Takes the next character from s1 whenever it matches, and from s2 otherwise; never backtracks.
function isInterleave(s1, s2, s3) {
  if (s1.length + s2.length !== s3.length) return false;
  let i = 0;
  let j = 0;
  for (const c of s3) {
    if (i < s1.length && s1[i] === c) i++;
    else if (j < s2.length && s2[j] === c) j++;
    else return false;
  }
  return true;
}
