def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    pass
