function solve(board: string[][]): string[][] {}
