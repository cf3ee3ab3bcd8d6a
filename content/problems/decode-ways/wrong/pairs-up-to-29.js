// Accepts any pair starting with 1 or 2, so "27".."29" count as letters.
var numDecodings = function (s) {
  let prev2 = 1;
  let prev1 = s[0] === "0" ? 0 : 1;
  for (let i = 2; i <= s.length; i++) {
    let here = s[i - 1] !== "0" ? prev1 : 0;
    if (s[i - 2] === "1" || s[i - 2] === "2") here += prev2;
    prev2 = prev1;
    prev1 = here;
  }
  return prev1;
};
