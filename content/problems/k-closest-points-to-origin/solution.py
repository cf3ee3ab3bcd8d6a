import heapq


def k_closest(points: List[List[int]], k: int) -> List[List[int]]:
    heap = []  # (-squared distance, x, y): the root is the farthest of the k kept so far
    for x, y in points:
        heapq.heappush(heap, (-(x * x + y * y), x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
