import heapq


# Sweeps the queries in the order given, so expired intervals are dropped too early.
def min_interval(intervals: List[List[int]], queries: List[int]) -> List[int]:
    ordered = sorted(intervals)
    answers = []
    heap = []
    nxt = 0
    for x in queries:
        while nxt < len(ordered) and ordered[nxt][0] <= x:
            left, right = ordered[nxt]
            heapq.heappush(heap, (right - left + 1, right))
            nxt += 1
        while heap and heap[0][1] < x:
            heapq.heappop(heap)
        answers.append(heap[0][0] if heap else -1)
    return answers
