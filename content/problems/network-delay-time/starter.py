def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    pass
