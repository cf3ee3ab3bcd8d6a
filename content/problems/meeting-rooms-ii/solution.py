class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        ends = []
        most = 0
        for start, end in sorted(intervals):
            while ends and ends[0] <= start:
                heappop(ends)
            heappush(ends, end)
            most = max(most, len(ends))
        return most
