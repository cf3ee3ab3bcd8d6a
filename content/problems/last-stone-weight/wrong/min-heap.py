# Uses a min-heap as if it were a max-heap: smashes the two lightest.
class Solution:
    def lastStoneWeight(self, stones):
        h = list(stones)
        heapify(h)
        while len(h) > 1:
            x, y = heappop(h), heappop(h)
            if x != y:
                heappush(h, abs(y - x))
        return h[0] if h else 0
