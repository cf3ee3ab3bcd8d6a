# Only notices pairs of courses requiring each other.
class Solution:
    def canFinish(self, numCourses, prerequisites):
        edges = {(a, b) for a, b in prerequisites}
        return not any((b, a) in edges for a, b in prerequisites)
