var minMeetingRooms = function (intervals) {
  const starts = intervals.map((iv) => iv[0]).sort((a, b) => a - b);
  const ends = intervals.map((iv) => iv[1]).sort((a, b) => a - b);
  let inUse = 0;
  let most = 0;
  let e = 0;
  for (const start of starts) {
    while (ends[e] <= start) {
      e++;
      inUse--;
    }
    inUse++;
    most = Math.max(most, inUse);
  }
  return most;
};
