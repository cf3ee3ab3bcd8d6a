function kClosest(points: number[][], k: number): number[][] {}
