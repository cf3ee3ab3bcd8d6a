// Multiplies floating-point numbers, which keep only about 15 significant digits.
function multiply(num1, num2) {
  return (Number(num1) * Number(num2)).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 0 });
}
