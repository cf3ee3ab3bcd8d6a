// Fills each inner entry with twice the entry above instead of the sum of the two above.
var generate = function (numRows) {
  const rows = [[1]];
  for (let r = 1; r < numRows; r++) {
    const prev = rows[r - 1];
    const row = [1];
    for (let c = 1; c < prev.length; c++) row.push(2 * prev[c]);
    row.push(1);
    rows.push(row);
  }
  return rows;
};
