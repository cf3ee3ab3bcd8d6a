def edit_distance(word1: str, word2: str) -> int:
    pass
