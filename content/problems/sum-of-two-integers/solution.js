var getSum = function (a, b) {
  while (b !== 0) {
    const carry = (a & b) << 1;
    a ^= b; // the sum without carries
    b = carry;
  }
  return a;
};
