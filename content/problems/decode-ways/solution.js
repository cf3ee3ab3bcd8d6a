var numDecodings = function (s) {
  // prev2 = ways for the prefix two digits shorter, prev1 = one digit shorter.
  let prev2 = 1;
  let prev1 = s[0] === "0" ? 0 : 1;
  for (let i = 2; i <= s.length; i++) {
    let here = 0;
    if (s[i - 1] !== "0") here += prev1;
    const pair = Number(s.slice(i - 2, i));
    if (pair >= 10 && pair <= 26) here += prev2;
    prev2 = prev1;
    prev1 = here;
  }
  return prev1;
};
