function leastInterval(tasks, n) {
  const counts = new Map();
  for (const task of tasks) counts.set(task, (counts.get(task) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const tiedForMost = [...counts.values()].filter((c) => c === most).length;
  // The most frequent labels need (most - 1) full windows of n + 1 slots, then one slot each.
  return Math.max(tasks.length, (most - 1) * (n + 1) + tiedForMost);
}
