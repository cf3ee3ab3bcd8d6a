function canCompleteCircuit(gas: number[], cost: number[]): number {

};
