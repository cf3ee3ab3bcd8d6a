var dailyTemperatures = function (temperatures) {
  const answer = new Array(temperatures.length).fill(0);
  const waiting = []; // indices of days without a warmer day yet; temperatures non-increasing
  for (let i = 0; i < temperatures.length; i++) {
    while (waiting.length && temperatures[waiting[waiting.length - 1]] < temperatures[i]) {
      const j = waiting.pop();
      answer[j] = i - j;
    }
    waiting.push(i);
  }
  return answer;
};
