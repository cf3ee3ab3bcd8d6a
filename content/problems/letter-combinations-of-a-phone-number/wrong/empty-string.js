// Forgets the empty input: it returns [""] (one empty word) instead of [].
const KEYPAD = { 2: "abc", 3: "def", 4: "ghi", 5: "jkl", 6: "mno", 7: "pqrs", 8: "tuv", 9: "wxyz" };

function letterCombinations(digits) {
  let words = [""];
  for (const digit of digits) words = words.flatMap((word) => [...KEYPAD[digit]].map((letter) => word + letter));
  return words;
}
