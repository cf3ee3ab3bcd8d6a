from collections import Counter


# Only checks that the letters add up, ignoring the order within each message.
def is_interleave(s1: str, s2: str, s3: str) -> bool:
    return Counter(s1) + Counter(s2) == Counter(s3)
