# Returns the first value pushed as the minimum.
class MinStack:
    def __init__(self):
        self.s = []
    def push(self, val):
        self.s.append(val)
    def pop(self):
        self.s.pop()
    def top(self):
        return self.s[-1]
    def getMin(self):
        return self.s[0]
