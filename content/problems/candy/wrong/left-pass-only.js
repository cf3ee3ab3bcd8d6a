// Only compares each child with the left neighbour.
var candy = function (ratings) {
  let prev = 1;
  let total = 1;
  for (let i = 1; i < ratings.length; i++) {
    prev = ratings[i] > ratings[i - 1] ? prev + 1 : 1;
    total += prev;
  }
  return total;
};
