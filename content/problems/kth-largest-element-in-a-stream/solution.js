class KthLargest {
  constructor(k, nums) {
    // A min-heap of the k largest values seen so far; its front is the k-th largest.
    this.k = k;
    this.heap = new MinPriorityQueue();
    for (const x of nums) this.add(x);
  }

  add(val) {
    if (this.heap.size() < this.k) this.heap.enqueue(val);
    else if (val > this.heap.front()) {
      this.heap.dequeue();
      this.heap.enqueue(val);
    }
    return this.heap.front();
  }
}
