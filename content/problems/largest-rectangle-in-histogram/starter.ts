function largestRectangleArea(heights: number[]): number {

};
