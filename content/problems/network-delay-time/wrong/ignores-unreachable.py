import heapq


# Returns the latest time among the people reached, instead of -1 when someone is never reached.
def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    best = {}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in best:
            continue
        best[u] = d
        for v, w in adj[u]:
            if v not in best:
                heapq.heappush(heap, (d + w, v))
    return max(best.values())
