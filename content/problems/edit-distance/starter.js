/**
 * @param {string} word1
 * @param {string} word2
 * @return {number}
 */
function editDistance(word1, word2) {}
