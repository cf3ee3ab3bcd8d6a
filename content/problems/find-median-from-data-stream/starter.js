class MedianFinder {
  constructor() {}

  /**
   * @param {number} num
   * @return {void}
   */
  addNum(num) {}

  /**
   * @return {number}
   */
  findMedian() {}
}
