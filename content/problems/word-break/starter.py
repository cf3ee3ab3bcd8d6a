def word_break(s: str, word_dict: List[str]) -> bool:
    pass
