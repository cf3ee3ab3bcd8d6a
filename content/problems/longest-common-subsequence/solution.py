def longest_common_subsequence(text1: str, text2: str) -> int:
    n = len(text2)
    prev = [0] * (n + 1)
    for a in text1:
        # Row i only needs row i - 1.
        row = [0] * (n + 1)
        for j in range(1, n + 1):
            if a == text2[j - 1]:
                row[j] = prev[j - 1] + 1
            else:
                row[j] = prev[j] if prev[j] > row[j - 1] else row[j - 1]
        prev = row
    return prev[n]
