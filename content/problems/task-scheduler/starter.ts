function leastInterval(tasks: string[], n: number): number {}
