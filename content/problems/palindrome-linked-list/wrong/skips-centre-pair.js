// Stops one pair early and never compares the two values closest to the centre.
var isPalindrome = function (head) {
  const vals = [];
  for (let node = head; node; node = node.next) vals.push(node.val);
  const n = vals.length;
  for (let i = 0; i < n / 2 - 1; i++) {
    if (vals[i] !== vals[n - 1 - i]) return false;
  }
  return true;
};
