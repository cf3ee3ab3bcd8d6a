/**
 * @param {number[]} ratings
 * @return {number}
 */
var candy = function(ratings) {

};
