// Only checks that every kind opens and closes equally often.
var isValid = function (s) {
  const n = (c) => s.split(c).length - 1;
  return n("(") === n(")") && n("[") === n("]") && n("{") === n("}");
};
