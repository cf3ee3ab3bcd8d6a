function minCostClimbingStairs(cost: number[]): number {

};
