/**
 * @param {string} s
 * @param {string} t
 * @return {string}
 */
function minWindow(s, t) {}
