function minCostConnectPoints(points: number[][]): number {}
