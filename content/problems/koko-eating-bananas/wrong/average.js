// Eats the average pile per hour, rounded up.
var minEatingSpeed = function (piles, h) {
  return Math.ceil(piles.reduce((a, b) => a + b, 0) / h);
};
