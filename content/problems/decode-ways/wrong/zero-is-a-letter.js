// Lets a lone '0' and pairs like "05" count as letters.
var numDecodings = function (s) {
  let prev2 = 1;
  let prev1 = 1;
  for (let i = 2; i <= s.length; i++) {
    const pair = Number(s.slice(i - 2, i));
    const here = prev1 + (pair <= 26 ? prev2 : 0);
    prev2 = prev1;
    prev1 = here;
  }
  return prev1;
};
