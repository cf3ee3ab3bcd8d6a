var isValid = function (s) {
  const partner = new Map([
    [")", "("],
    ["]", "["],
    ["}", "{"],
  ]);
  const stack = [];
  for (const ch of s) {
    if (partner.has(ch)) {
      if (stack.pop() !== partner.get(ch)) return false;
    } else {
      stack.push(ch);
    }
  }
  return stack.length === 0;
};
