var minEatingSpeed = function (piles, h) {
  const hoursAt = (k) => {
    let total = 0;
    for (const p of piles) total += Math.ceil(p / k);
    return total;
  };
  let lo = 1;
  let hi = Math.max(...piles);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hoursAt(mid) <= h) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};
