// Leaves the result as a signed 32-bit value: negative whenever bit 31 ends up set.
var reverseBits = function (n) {
  let result = 0;
  for (let i = 0; i < 32; i++) {
    result = (result << 1) | (n & 1);
    n >>>= 1;
  }
  return result;
};
