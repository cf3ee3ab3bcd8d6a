// Keeps one minimum that never goes back up after a pop.
class MinStack {
  constructor() {
    this.values = [];
    this.min = Infinity;
  }
  push(val) {
    this.values.push(val);
    this.min = Math.min(this.min, val);
  }
  pop() {
    this.values.pop();
  }
  top() {
    return this.values[this.values.length - 1];
  }
  getMin() {
    return this.min;
  }
}
