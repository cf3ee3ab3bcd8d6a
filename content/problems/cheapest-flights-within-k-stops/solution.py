def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    # Round i allows one more flight; k stops means k + 1 flights.
    for _ in range(k + 1):
        # Read from the previous round only, so no round chains two flights.
        nxt = cost[:]
        for frm, to, price in flights:
            if cost[frm] + price < nxt[to]:
                nxt[to] = cost[frm] + price
        cost = nxt
    return -1 if cost[dst] == inf else cost[dst]
