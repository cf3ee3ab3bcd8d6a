function criticalConnections(n: number, connections: number[][]): number[][] {

};
