# Counts intervals that only touch as overlapping.
class Solution:
    def eraseOverlapIntervals(self, intervals):
        removed, end = 0, float("-inf")
        for a, b in sorted(intervals, key=lambda x: x[1]):
            if a <= end:
                removed += 1
            else:
                end = b
        return removed
