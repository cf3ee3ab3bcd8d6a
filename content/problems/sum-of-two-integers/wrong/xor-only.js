// Adds without ever propagating carries.
var getSum = function (a, b) {
  return a ^ b;
};
