class Solution:
    def findAllConcatenatedWordsInADict(self, words: List[str]) -> List[str]:
        END = "$"
        trie = {}
        for w in words:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node[END] = True

        def splits(w):
            # Depth-first over cut points; each position is explored at most once.
            n = len(w)
            stack, seen = [0], {0}
            while stack:
                start = stack.pop()
                node = trie
                for i in range(start, n):
                    node = node.get(w[i])
                    if node is None:
                        break
                    if END in node:
                        if i + 1 == n:
                            if start > 0:  # at least two pieces
                                return True
                        elif i + 1 not in seen:
                            seen.add(i + 1)
                            stack.append(i + 1)
            return False

        return [w for w in words if splits(w)]
