// Counts only one label in the last window, as if the most frequent label were never tied.
function leastInterval(tasks, n) {
  const counts = new Map();
  for (const task of tasks) counts.set(task, (counts.get(task) ?? 0) + 1);
  const most = Math.max(...counts.values());
  return Math.max(tasks.length, (most - 1) * (n + 1) + 1);
}
