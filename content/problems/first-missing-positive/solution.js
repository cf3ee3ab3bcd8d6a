var firstMissingPositive = function (nums) {
  const a = [...nums];
  const n = a.length;
  for (let i = 0; i < n; i++) {
    while (a[i] >= 1 && a[i] <= n && a[a[i] - 1] !== a[i]) {
      const home = a[i] - 1;
      [a[i], a[home]] = [a[home], a[i]];
    }
  }
  for (let i = 0; i < n; i++) {
    if (a[i] !== i + 1) return i + 1;
  }
  return n + 1;
};
