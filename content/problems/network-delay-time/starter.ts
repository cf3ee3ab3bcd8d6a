function networkDelayTime(times: number[][], n: number, k: number): number {}
