class MinStack {
  constructor() {
    this.values = [];
    this.mins = [];
  }

  push(val) {
    this.values.push(val);
    const m = this.mins.length ? Math.min(val, this.mins[this.mins.length - 1]) : val;
    this.mins.push(m);
  }

  pop() {
    this.values.pop();
    this.mins.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
