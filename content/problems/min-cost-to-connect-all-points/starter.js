/**
 * @param {number[][]} points
 * @return {number}
 */
function minCostConnectPoints(points) {}
