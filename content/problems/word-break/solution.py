class Solution:
    def wordBreak(self, s: str, word_dict: List[str]) -> bool:
        words = set(word_dict)
        longest = max(len(w) for w in word_dict)
        # ok[i]: the first i characters can be split into words.
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for j in range(max(0, i - longest), i):
                if ok[j] and s[j:i] in words:
                    ok[i] = True
                    break
        return ok[len(s)]
