var topKFrequent = function (nums, k) {
  const counts = new Map();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  // buckets[c] holds the values that occur exactly c times.
  const buckets = Array.from({ length: nums.length + 1 }, () => []);
  for (const [value, c] of counts) buckets[c].push(value);
  const result = [];
  for (let c = nums.length; c > 0 && result.length < k; c--) {
    for (const value of buckets[c]) {
      result.push(value);
      if (result.length === k) break;
    }
  }
  return result;
};
