// Only counts the difference in length.
var minDistance = function (word1, word2) {
  return Math.abs(word1.length - word2.length);
};
