# Picks the first resident who trusts no one, without checking that everyone trusts them.
class Solution:
    def findJudge(self, n, trust):
        trusts_someone = set(a for a, _ in trust)
        for person in range(1, n + 1):
            if person not in trusts_someone:
                return person
        return -1
