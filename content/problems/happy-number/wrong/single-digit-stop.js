// Stops as soon as one digit is left and checks for 1: misses 7, which is happy.
function isHappy(n) {
  while (n >= 10) {
    let sum = 0;
    for (let x = n; x > 0; x = Math.floor(x / 10)) sum += (x % 10) ** 2;
    n = sum;
  }
  return n === 1;
}
