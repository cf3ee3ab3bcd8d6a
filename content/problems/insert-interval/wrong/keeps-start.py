# Grows only the end of the new interval, forgetting an absorbed block may start earlier.
def insert(intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
    result = []
    start, end = new_interval
    i = 0
    while i < len(intervals) and intervals[i][1] < start:
        result.append(intervals[i])
        i += 1
    while i < len(intervals) and intervals[i][0] <= end:
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(intervals[i:])
    return result
