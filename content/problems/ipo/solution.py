class Solution:
    def findMaximizedCapital(self, k: int, w: int, profits: List[int], capital: List[int]) -> int:
        projects = sorted(zip(capital, profits))
        heap = []
        next_project = 0
        for _ in range(k):
            while next_project < len(projects) and projects[next_project][0] <= w:
                heappush(heap, -projects[next_project][1])
                next_project += 1
            if not heap:
                break
            w -= heappop(heap)
        return w
