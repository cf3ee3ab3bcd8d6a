# On a blank it follows only the first child of the node instead of trying them all.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for ch in word:
            if ch == ".":
                letters = [key for key in node if key != "$"]
                if not letters:
                    return False
                node = node[letters[0]]
            elif ch in node:
                node = node[ch]
            else:
                return False
        return "$" in node
