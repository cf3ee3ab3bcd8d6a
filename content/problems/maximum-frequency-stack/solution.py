class FreqStack:
    def __init__(self):
        self.freq = defaultdict(int)  # value -> how many copies are in the stack
        self.groups = defaultdict(list)  # f -> values whose f-th copy was pushed, in push order
        self.max_freq = 0

    def push(self, val: int) -> None:
        self.freq[val] += 1
        f = self.freq[val]
        self.groups[f].append(val)
        self.max_freq = max(self.max_freq, f)

    def pop(self) -> int:
        val = self.groups[self.max_freq].pop()
        self.freq[val] -= 1
        if not self.groups[self.max_freq]:
            self.max_freq -= 1
        return val
