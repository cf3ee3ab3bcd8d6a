def is_interleave(s1: str, s2: str, s3: str) -> bool:
    pass
