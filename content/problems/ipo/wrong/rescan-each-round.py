# Scans every commission in each of the k rounds: O(n * k).
class Solution:
    def findMaximizedCapital(self, k: int, w: int, profits: List[int], capital: List[int]) -> int:
        done = [False] * len(profits)
        for _ in range(k):
            best = -1
            for i in range(len(profits)):
                if not done[i] and capital[i] <= w and (best == -1 or profits[i] > profits[best]):
                    best = i
            if best == -1:
                break
            done[best] = True
            w += profits[best]
        return w
