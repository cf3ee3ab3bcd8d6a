var canCompleteCircuit = function (gas, cost) {
  let total = 0; // fuel balance over the whole loop
  let tank = 0; // fuel since the current candidate start
  let start = 0;
  for (let i = 0; i < gas.length; i++) {
    const diff = gas[i] - cost[i];
    total += diff;
    tank += diff;
    if (tank < 0) {
      // No station from start..i can work; try the next one.
      start = i + 1;
      tank = 0;
    }
  }
  return total >= 0 ? start : -1;
};
