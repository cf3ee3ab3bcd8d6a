class LRUCache {
  /**
   * @param {number} capacity
   */
  constructor(capacity) {}

  /**
   * @param {number} key
   * @return {number}
   */
  get(key) {}

  /**
   * @param {number} key
   * @param {number} value
   * @return {void}
   */
  put(key, value) {}
}
