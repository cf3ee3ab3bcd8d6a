import collections


# Builds the graph by comparing every pair of words: correct, but O(N^2 * L).
def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    if end_word not in word_list:
        return 0
    words = [begin_word] + [w for w in word_list if w != begin_word]
    adj = [[] for _ in words]
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            diff = 0
            for a, b in zip(words[i], words[j]):
                if a != b:
                    diff += 1
                    if diff > 1:
                        break
            if diff == 1:
                adj[i].append(j)
                adj[j].append(i)
    dist = {0: 1}
    queue = collections.deque([0])
    while queue:
        i = queue.popleft()
        if words[i] == end_word:
            return dist[i]
        for j in adj[i]:
            if j not in dist:
                dist[j] = dist[i] + 1
                queue.append(j)
    return 0
