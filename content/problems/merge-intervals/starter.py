def merge(intervals: List[List[int]]) -> List[List[int]]:
    pass
