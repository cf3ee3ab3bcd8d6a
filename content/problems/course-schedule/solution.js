var canFinish = function (numCourses, prerequisites) {
  // Kahn's algorithm: repeatedly take a course whose prerequisites are all done.
  const unlocks = Array.from({ length: numCourses }, () => []);
  const missing = new Array(numCourses).fill(0);
  for (const [course, before] of prerequisites) {
    unlocks[before].push(course);
    missing[course]++;
  }
  const ready = [];
  for (let c = 0; c < numCourses; c++) if (missing[c] === 0) ready.push(c);
  let taken = 0;
  while (ready.length > 0) {
    const c = ready.pop();
    taken++;
    for (const next of unlocks[c]) {
      if (--missing[next] === 0) ready.push(next);
    }
  }
  return taken === numCourses;
};
