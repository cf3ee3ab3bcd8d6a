function minInterval(intervals, queries) {
  // A binary min-heap of [size, right] pairs, ordered by size.
  const heap = [];
  const less = (a, b) => heap[a][0] < heap[b][0];
  const swap = (a, b) => ([heap[a], heap[b]] = [heap[b], heap[a]]);
  const push = (item) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!less(i, parent)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const pop = () => {
    const last = heap.pop();
    if (heap.length === 0) return;
    heap[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < heap.length && less(l, smallest)) smallest = l;
      if (r < heap.length && less(r, smallest)) smallest = r;
      if (smallest === i) break;
      swap(i, smallest);
      i = smallest;
    }
  };

  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const order = queries.map((_, j) => j).sort((a, b) => queries[a] - queries[b]);
  const answers = new Array(queries.length).fill(-1);
  let next = 0;
  for (const j of order) {
    const x = queries[j];
    while (next < sorted.length && sorted[next][0] <= x) {
      const [left, right] = sorted[next++];
      push([right - left + 1, right]);
    }
    while (heap.length > 0 && heap[0][1] < x) pop();
    if (heap.length > 0) answers[j] = heap[0][0];
  }
  return answers;
}
