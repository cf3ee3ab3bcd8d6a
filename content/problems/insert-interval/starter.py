def insert(intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
    pass
