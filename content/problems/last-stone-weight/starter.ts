function lastStoneWeight(stones: number[]): number {

};
