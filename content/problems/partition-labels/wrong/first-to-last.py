# Cuts after each letter's span from its first to its last copy, ignoring letters inside the
# span that reach further.
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        sizes = []
        i = 0
        while i < len(s):
            end = s.rindex(s[i])
            sizes.append(end - i + 1)
            i = end + 1
        return sizes
