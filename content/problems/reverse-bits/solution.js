var reverseBits = function (n) {
  let result = 0;
  for (let i = 0; i < 32; i++) {
    // >>> 0 keeps the result an unsigned 32-bit value.
    result = ((result << 1) | (n & 1)) >>> 0;
    n >>>= 1;
  }
  return result;
};
