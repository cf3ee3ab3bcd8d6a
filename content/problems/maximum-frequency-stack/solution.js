class FreqStack {
  constructor() {
    this.freq = new Map(); // value -> how many copies are in the stack
    this.groups = [[]]; // groups[f]: values whose f-th copy was pushed, in push order
  }

  push(val) {
    const f = (this.freq.get(val) ?? 0) + 1;
    this.freq.set(val, f);
    if (f === this.groups.length) this.groups.push([]);
    this.groups[f].push(val);
  }

  pop() {
    const top = this.groups[this.groups.length - 1];
    const val = top.pop();
    if (top.length === 0) this.groups.pop();
    this.freq.set(val, this.freq.get(val) - 1);
    return val;
  }
}
