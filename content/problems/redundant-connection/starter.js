/**
 * @param {number[][]} edges
 * @return {number[]}
 */
function findRedundantConnection(edges) {}
