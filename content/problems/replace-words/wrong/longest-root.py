# Walks the trie as far as the word allows and keeps the longest root instead of the shortest.
class Solution:
    def replaceWords(self, dictionary, sentence):
        trie = {}
        for root in dictionary:
            node = trie
            for ch in root:
                node = node.setdefault(ch, {})
            node["$"] = True
        out = []
        for word in sentence.split(" "):
            node, best = trie, word
            for i, ch in enumerate(word):
                node = node.get(ch)
                if node is None:
                    break
                if "$" in node:
                    best = word[: i + 1]
            out.append(best)
        return " ".join(out)
