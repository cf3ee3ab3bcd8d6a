/**
 * @param {string[]} operations
 * @return {number}
 */
var calPoints = function(operations) {

};
