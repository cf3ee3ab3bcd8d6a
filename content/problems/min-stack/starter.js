class MinStack {
  constructor() {}

  /**
   * @param {number} val
   * @return {void}
   */
  push(val) {}

  /**
   * @return {void}
   */
  pop() {}

  /**
   * @return {number}
   */
  top() {}

  /**
   * @return {number}
   */
  getMin() {}
}
