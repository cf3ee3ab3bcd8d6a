# Looks up each value's partner by value, so one card can pair with itself.
def two_sum(numbers: List[int], target: int) -> List[int]:
    first = {}
    for i, v in enumerate(numbers):
        first.setdefault(v, i)
    for i, v in enumerate(numbers):
        j = first.get(target - v)
        if j is not None:
            return sorted([i + 1, j + 1])
    return []
