function canAttendMeetings(intervals: number[][]): boolean {

};
