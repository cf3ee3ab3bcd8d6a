function islandPerimeter(grid: number[][]): number {

};
