# Breaks ties between equally frequent values by the larger value, not by recency.
class FreqStack:
    def __init__(self):
        self.freq = defaultdict(int)
        self.heap = []

    def push(self, val):
        self.freq[val] += 1
        heappush(self.heap, (-self.freq[val], -val))

    def pop(self):
        _, neg = heappop(self.heap)
        self.freq[-neg] -= 1
        return -neg
