# Cuts every line in turn and checks connectivity with a BFS: O(E * (V + E)).
class Solution:
    def criticalConnections(self, n, connections):
        result = []
        for skip in range(len(connections)):
            adjacency = [[] for _ in range(n)]
            for i, (a, b) in enumerate(connections):
                if i != skip:
                    adjacency[a].append(b)
                    adjacency[b].append(a)
            seen = [False] * n
            seen[0] = True
            queue = deque([0])
            reached = 1
            while queue:
                u = queue.popleft()
                for v in adjacency[u]:
                    if not seen[v]:
                        seen[v] = True
                        reached += 1
                        queue.append(v)
            if reached < n:
                result.append(connections[skip])
        return result
