def find_words(board: List[List[str]], words: List[str]) -> List[str]:
    pass
