var findKthLargest = function (nums, k) {
  // A min-heap holding the k largest values seen so far; its top is the answer.
  const heap = [];
  const swap = (i, j) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const push = (x) => {
    heap.push(x);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) break;
      swap(i, parent);
      i = parent;
    }
  };
  const replaceTop = (x) => {
    heap[0] = x;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < heap.length && heap[l] < heap[smallest]) smallest = l;
      if (r < heap.length && heap[r] < heap[smallest]) smallest = r;
      if (smallest === i) break;
      swap(i, smallest);
      i = smallest;
    }
  };
  for (const x of nums) {
    if (heap.length < k) push(x);
    else if (x > heap[0]) replaceTop(x);
  }
  return heap[0];
};
