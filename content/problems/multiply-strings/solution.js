function multiply(num1, num2) {
  const m = num1.length;
  const n = num2.length;
  const pos = new Array(m + n).fill(0);
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const sum = (num1.charCodeAt(i) - 48) * (num2.charCodeAt(j) - 48) + pos[i + j + 1];
      pos[i + j + 1] = sum % 10;
      pos[i + j] += Math.floor(sum / 10);
    }
  }
  let start = 0;
  while (start < pos.length - 1 && pos[start] === 0) start++;
  return pos.slice(start).join("");
}
