function findCheapestPrice(n: number, flights: number[][], src: number, dst: number, k: number): number {}
