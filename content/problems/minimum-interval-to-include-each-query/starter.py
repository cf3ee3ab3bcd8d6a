def min_interval(intervals: List[List[int]], queries: List[int]) -> List[int]:
    pass
