var mergeKLists = function (lists) {
  // A binary min-heap of list nodes, ordered by value.
  const heap = [];
  const less = (i, j) => heap[i].val < heap[j].val;
  const swap = (i, j) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const push = (node) => {
    heap.push(node);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(i, parent)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(l, m)) m = l;
        if (r < heap.length && less(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
    return top;
  };

  for (const head of lists) if (head) push(head);
  const dummy = new ListNode();
  let tail = dummy;
  while (heap.length) {
    const node = pop();
    tail.next = node;
    tail = node;
    if (node.next) push(node.next);
  }
  tail.next = null;
  return dummy.next;
};
