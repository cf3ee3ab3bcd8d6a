# Fixes violations pass after pass until nothing changes: O(n^2) on a descending run.
class Solution:
    def candy(self, ratings: List[int]) -> int:
        n = len(ratings)
        counts = [1] * n
        changed = True
        while changed:
            changed = False
            for i in range(n):
                if i > 0 and ratings[i] > ratings[i - 1] and counts[i] <= counts[i - 1]:
                    counts[i] = counts[i - 1] + 1
                    changed = True
                if i < n - 1 and ratings[i] > ratings[i + 1] and counts[i] <= counts[i + 1]:
                    counts[i] = counts[i + 1] + 1
                    changed = True
        return sum(counts)
