function minEatingSpeed(piles: number[], h: number): number {

};
