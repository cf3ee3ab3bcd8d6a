# Uses heapq as if it were a max-heap: popping the smallest distance whenever the
# heap is over k throws away the closest points and keeps the farthest ones.
import heapq


def k_closest(points: List[List[int]], k: int) -> List[List[int]]:
    heap = []
    for x, y in points:
        heapq.heappush(heap, (x * x + y * y, x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
