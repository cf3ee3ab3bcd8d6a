// Opens a commission only when w is strictly above its required capital.
var findMaximizedCapital = function (k, w, profits, capital) {
  const order = profits.map((_, i) => i).sort((a, b) => capital[a] - capital[b]);
  const heap = new MaxPriorityQueue();
  let next = 0;
  for (let round = 0; round < k; round++) {
    while (next < order.length && capital[order[next]] < w) {
      heap.enqueue(profits[order[next]]);
      next++;
    }
    if (heap.isEmpty()) break;
    w += heap.dequeue();
  }
  return w;
};
