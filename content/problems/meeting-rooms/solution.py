class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        meetings = sorted(intervals)
        for i in range(1, len(meetings)):
            if meetings[i][0] < meetings[i - 1][1]:
                return False
        return True
