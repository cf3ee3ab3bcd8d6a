// Only looks one day ahead.
var dailyTemperatures = function (temperatures) {
  return temperatures.map((t, i) => (i + 1 < temperatures.length && temperatures[i + 1] > t ? 1 : 0));
};
