class MinStack:
    def __init__(self):
        self.items = []  # (value, minimum of the stack up to and including this value)

    def push(self, val: int) -> None:
        m = min(val, self.items[-1][1]) if self.items else val
        self.items.append((val, m))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def getMin(self) -> int:
        return self.items[-1][1]
