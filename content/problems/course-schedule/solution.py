class Solution:
    def canFinish(self, num_courses: int, prerequisites: List[List[int]]) -> bool:
        # Kahn's algorithm: repeatedly take a course whose prerequisites are all done.
        unlocks = [[] for _ in range(num_courses)]
        missing = [0] * num_courses
        for course, before in prerequisites:
            unlocks[before].append(course)
            missing[course] += 1
        ready = [c for c in range(num_courses) if missing[c] == 0]
        taken = 0
        while ready:
            c = ready.pop()
            taken += 1
            for nxt in unlocks[c]:
                missing[nxt] -= 1
                if missing[nxt] == 0:
                    ready.append(nxt)
        return taken == num_courses
