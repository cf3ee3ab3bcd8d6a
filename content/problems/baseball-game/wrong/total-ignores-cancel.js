// Keeps a running total but forgets to take a cancelled score back out of it.
var calPoints = function (operations) {
  const record = [];
  let total = 0;
  for (const op of operations) {
    let score;
    if (op === "C") {
      record.pop();
      continue;
    }
    if (op === "+") score = record[record.length - 1] + record[record.length - 2];
    else if (op === "D") score = 2 * record[record.length - 1];
    else score = Number(op);
    record.push(score);
    total += score;
  }
  return total;
};
