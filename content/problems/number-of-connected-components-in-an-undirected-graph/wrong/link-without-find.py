# Links the nodes themselves instead of their roots, so earlier links get overwritten.
class Solution:
    def countComponents(self, n, edges):
        parent = list(range(n))
        for a, b in edges:
            parent[b] = a
        return sum(1 for i in range(n) if parent[i] == i)
