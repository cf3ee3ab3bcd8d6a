// Uses the first root in dictionary order that fits, not the shortest one.
var replaceWords = function (dictionary, sentence) {
  return sentence
    .split(" ")
    .map((word) => dictionary.find((root) => word.startsWith(root)) ?? word)
    .join(" ");
};
