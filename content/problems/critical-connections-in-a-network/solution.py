class Solution:
    def criticalConnections(self, n: int, connections: List[List[int]]) -> List[List[int]]:
        adjacency = [[] for _ in range(n)]
        for edge_id, (a, b) in enumerate(connections):
            adjacency[a].append((b, edge_id))
            adjacency[b].append((a, edge_id))
        disc = [-1] * n
        low = [0] * n
        bridges = []
        time = 0
        disc[0] = low[0] = time
        time += 1
        # Explicit DFS stack of [node, id of the edge we arrived by, index of the next neighbour].
        stack = [[0, -1, 0]]
        while stack:
            frame = stack[-1]
            u, via_edge, index = frame
            if index < len(adjacency[u]):
                frame[2] += 1
                v, edge_id = adjacency[u][index]
                if edge_id == via_edge:
                    continue
                if disc[v] == -1:
                    disc[v] = low[v] = time
                    time += 1
                    stack.append([v, edge_id, 0])
                elif disc[v] < low[u]:
                    low[u] = disc[v]
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    if low[u] < low[parent]:
                        low[parent] = low[u]
                    # Nothing below u climbs back to parent or above: the edge is a bridge.
                    if low[u] > disc[parent]:
                        bridges.append([parent, u])
        return bridges
