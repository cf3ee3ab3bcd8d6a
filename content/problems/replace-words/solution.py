class Solution:
    def replaceWords(self, dictionary: List[str], sentence: str) -> str:
        # A trie of the roots; END marks the last letter of a root.
        END = "$"
        trie = {}
        for root in dictionary:
            node = trie
            for ch in root:
                node = node.setdefault(ch, {})
            node[END] = True

        def shortest_root(word):
            node = trie
            for i, ch in enumerate(word):
                node = node.get(ch)
                if node is None:
                    return word
                if END in node:
                    return word[: i + 1]
            return word

        return " ".join(shortest_root(w) for w in sentence.split(" "))
