function findCheapestPrice(n, flights, src, dst, k) {
  let cost = new Array(n).fill(Infinity);
  cost[src] = 0;
  // Round i allows one more flight; k stops means k + 1 flights.
  for (let round = 0; round <= k; round++) {
    // Read from the previous round only, so no round chains two flights.
    const next = cost.slice();
    for (const [from, to, price] of flights) {
      if (cost[from] + price < next[to]) next[to] = cost[from] + price;
    }
    cost = next;
  }
  return cost[dst] === Infinity ? -1 : cost[dst];
}
