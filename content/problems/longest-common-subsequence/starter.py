def longest_common_subsequence(text1: str, text2: str) -> int:
    pass
