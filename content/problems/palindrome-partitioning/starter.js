/**
 * @param {string} s
 * @return {string[][]}
 */
function partition(s) {}
