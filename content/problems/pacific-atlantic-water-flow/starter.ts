function pacificAtlantic(heights: number[][]): number[][] {}
