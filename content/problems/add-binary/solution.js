var addBinary = function (a, b) {
  const digits = [];
  let i = a.length - 1;
  let j = b.length - 1;
  let carry = 0;
  while (i >= 0 || j >= 0 || carry) {
    const total = (i >= 0 ? a.charCodeAt(i--) - 48 : 0) + (j >= 0 ? b.charCodeAt(j--) - 48 : 0) + carry;
    digits.push(total & 1);
    carry = total >> 1;
  }
  return digits.reverse().join("");
};
