// Builds rows 0..numRows inclusive: one row too many.
var generate = function (numRows) {
  const rows = [[1]];
  for (let r = 1; r <= numRows; r++) {
    const prev = rows[r - 1];
    const row = [1];
    for (let c = 1; c < prev.length; c++) row.push(prev[c - 1] + prev[c]);
    row.push(1);
    rows.push(row);
  }
  return rows;
};
