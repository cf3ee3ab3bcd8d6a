# Tries both choices at every step without remembering results: exponential time.
def is_interleave(s1: str, s2: str, s3: str) -> bool:
    if len(s1) + len(s2) != len(s3):
        return False

    def go(i, j):
        if i == len(s1) and j == len(s2):
            return True
        c = s3[i + j]
        if i < len(s1) and s1[i] == c and go(i + 1, j):
            return True
        return j < len(s2) and s2[j] == c and go(i, j + 1)

    return go(0, 0)
