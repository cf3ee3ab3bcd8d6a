def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    pass
