import collections


def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    if end_word not in word_list:
        return 0
    size = len(begin_word)

    def patterns(word):
        return [word[:i] + "*" + word[i + 1 :] for i in range(size)]

    # Words sharing a pattern such as "c*ld" differ in exactly that one position.
    buckets = collections.defaultdict(list)
    for word in word_list:
        for p in patterns(word):
            buckets[p].append(word)
    seen = {begin_word}
    level = [begin_word]
    length = 1
    while level:
        nxt = []
        for word in level:
            if word == end_word:
                return length
            for p in patterns(word):
                for neighbour in buckets.pop(p, ()):
                    # Popping the bucket: every word in it is queued now, never scan it again.
                    if neighbour not in seen:
                        seen.add(neighbour)
                        nxt.append(neighbour)
        level = nxt
        length += 1
    return 0
