function maxAreaOfIsland(grid: number[][]): number {}
