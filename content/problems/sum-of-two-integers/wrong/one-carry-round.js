// Propagates the carry only once, so chains of carries are lost.
var getSum = function (a, b) {
  return a ^ b ^ ((a & b) << 1);
};
