import heapq


def min_interval(intervals: List[List[int]], queries: List[int]) -> List[int]:
    ordered = sorted(intervals)
    answers = [-1] * len(queries)
    heap = []  # (size, right)
    nxt = 0
    for j in sorted(range(len(queries)), key=lambda j: queries[j]):
        x = queries[j]
        while nxt < len(ordered) and ordered[nxt][0] <= x:
            left, right = ordered[nxt]
            heapq.heappush(heap, (right - left + 1, right))
            nxt += 1
        while heap and heap[0][1] < x:
            heapq.heappop(heap)
        if heap:
            answers[j] = heap[0][0]
    return answers
