class Trie:
    def __init__(self):
        self.root = {}  # letter -> child node; the key "$" marks the end of a word

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and "$" in node

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None

    def _walk(self, letters: str):
        node = self.root
        for ch in letters:
            node = node.get(ch)
            if node is None:
                return None
        return node
