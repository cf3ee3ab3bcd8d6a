// Writes each product's tens into the next place but never carries a place above 9 further.
function multiply(num1, num2) {
  const m = num1.length;
  const n = num2.length;
  const pos = new Array(m + n).fill(0);
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const product = (num1.charCodeAt(i) - 48) * (num2.charCodeAt(j) - 48);
      pos[i + j + 1] += product % 10;
      pos[i + j] += Math.floor(product / 10);
    }
  }
  const text = pos
    .map((d) => d % 10)
    .join("")
    .replace(/^0+/, "");
  return text || "0";
}
