// Only notices a course that requires itself.
var canFinish = function (numCourses, prerequisites) {
  return !prerequisites.some(([a, b]) => a === b);
};
