# Counts letters over the whole string, forgetting that the run must be contiguous.
import collections

def character_replacement(s: str, k: int) -> int:
    counts = collections.Counter(s)
    return min(len(s), max(counts.values()) + k)
