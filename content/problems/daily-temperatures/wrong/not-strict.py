# Counts an equal temperature as warmer.
class Solution:
    def dailyTemperatures(self, temperatures):
        out = [0] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            while stack and temperatures[stack[-1]] <= t:
                j = stack.pop()
                out[j] = i - j
            stack.append(i)
        return out
