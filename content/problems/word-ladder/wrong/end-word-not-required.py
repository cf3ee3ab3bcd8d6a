# Lets the ladder finish on endWord even when the dictionary does not contain it.
def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    words = set(word_list) | {end_word}
    level = [begin_word]
    seen = {begin_word}
    length = 1
    while level:
        nxt = []
        for word in level:
            if word == end_word:
                return length
            for i in range(len(word)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    cand = word[:i] + ch + word[i + 1 :]
                    if cand in words and cand not in seen:
                        seen.add(cand)
                        nxt.append(cand)
        level = nxt
        length += 1
    return 0
