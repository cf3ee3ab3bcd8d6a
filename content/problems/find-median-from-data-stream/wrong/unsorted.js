// Takes the middle of the numbers in arrival order.
class MedianFinder {
  constructor() {
    this.nums = [];
  }
  addNum(num) {
    this.nums.push(num);
  }
  findMedian() {
    const n = this.nums.length;
    return n % 2 ? this.nums[(n - 1) / 2] : (this.nums[n / 2 - 1] + this.nums[n / 2]) / 2;
  }
}
