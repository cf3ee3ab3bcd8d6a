# Does not merge intervals that only touch ([1,2] and [2,3]).
class Solution:
    def merge(self, intervals):
        out = []
        for s, e in sorted(intervals):
            if out and s < out[-1][1]:
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        return out
