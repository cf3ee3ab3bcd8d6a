// Evicts the oldest inserted key, ignoring reads.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
  }
  get(key) {
    return this.map.has(key) ? this.map.get(key) : -1;
  }
  put(key, value) {
    if (!this.map.has(key) && this.map.size === this.capacity) this.map.delete(this.map.keys().next().value);
    this.map.set(key, value);
  }
}
