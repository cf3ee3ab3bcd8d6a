class WordDictionary:
    def __init__(self):
        self.root = {}  # letter -> child node; the key "$" marks the end of a word

    def add_word(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        def match(node: dict, i: int) -> bool:
            if i == len(word):
                return "$" in node
            ch = word[i]
            if ch != ".":
                return ch in node and match(node[ch], i + 1)
            # A blank may be any letter: try every branch until one fits.
            return any(match(child, i + 1) for key, child in node.items() if key != "$")

        return match(self.root, 0)
