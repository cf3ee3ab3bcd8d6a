function swimInWater(grid: number[][]): number {}
