import heapq


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    settled = [False] * (n + 1)
    heap = [(0, k)]
    count = latest = 0
    while heap:
        d, u = heapq.heappop(heap)
        # A node can be queued several times; only its first (smallest) pop counts.
        if settled[u]:
            continue
        settled[u] = True
        count += 1
        latest = d
        for v, w in adj[u]:
            if not settled[v]:
                heapq.heappush(heap, (d + w, v))
    return latest if count == n else -1
