import collections
import heapq


def least_interval(tasks: List[str], n: int) -> int:
    # Greedy simulation: each round of n + 1 slots runs the most frequent labels still left.
    heap = [-count for count in collections.Counter(tasks).values()]
    heapq.heapify(heap)
    slots = 0
    while heap:
        ran = []
        for _ in range(n + 1):
            if not heap:
                break
            ran.append(heapq.heappop(heap) + 1)
        for left in ran:
            if left < 0:
                heapq.heappush(heap, left)
        # A full round, unless nothing is left: then only the slots actually used count.
        slots += n + 1 if heap else len(ran)
    return slots
