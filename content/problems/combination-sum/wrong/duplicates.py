# Restarts from the first candidate each time: the same combination in many orders.
class Solution:
    def combinationSum(self, candidates, target):
        out = []
        def go(left, path):
            if left == 0:
                out.append(list(path))
                return
            for c in candidates:
                if c <= left:
                    path.append(c)
                    go(left - c, path)
                    path.pop()
        go(target, [])
        return out
