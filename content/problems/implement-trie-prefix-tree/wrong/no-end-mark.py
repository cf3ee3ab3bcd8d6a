# A trie without end-of-word marks: search accepts any prefix of an added word.
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word: str) -> bool:
        return self._walk(word) is not None

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None

    def _walk(self, letters: str):
        node = self.root
        for ch in letters:
            node = node.get(ch)
            if node is None:
                return None
        return node
