var medianSlidingWindow = function (nums, k) {
  const low = new MaxPriorityQueue();
  const high = new MinPriorityQueue();
  const delayed = new Map();
  let lowSize = 0;
  let highSize = 0;

  const prune = (heap) => {
    while (!heap.isEmpty() && (delayed.get(heap.front()) ?? 0) > 0) {
      const value = heap.dequeue();
      delayed.set(value, delayed.get(value) - 1);
    }
  };
  const rebalance = () => {
    if (lowSize > highSize + 1) {
      high.enqueue(low.dequeue());
      lowSize--;
      highSize++;
      prune(low);
    } else if (lowSize < highSize) {
      low.enqueue(high.dequeue());
      highSize--;
      lowSize++;
      prune(high);
    }
  };
  const add = (value) => {
    if (low.isEmpty() || value <= low.front()) {
      low.enqueue(value);
      lowSize++;
    } else {
      high.enqueue(value);
      highSize++;
    }
    rebalance();
  };
  const remove = (value) => {
    delayed.set(value, (delayed.get(value) ?? 0) + 1);
    if (value <= low.front()) {
      lowSize--;
      if (value === low.front()) prune(low);
    } else {
      highSize--;
      if (!high.isEmpty() && value === high.front()) prune(high);
    }
    rebalance();
  };
  const median = () => (k % 2 ? low.front() : (low.front() + high.front()) / 2);

  for (let i = 0; i < k; i++) add(nums[i]);
  const result = [median()];
  for (let i = k; i < nums.length; i++) {
    add(nums[i]);
    remove(nums[i - k]);
    result.push(median());
  }
  return result;
};
