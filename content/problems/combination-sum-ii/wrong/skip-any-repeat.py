# Skips a value equal to its predecessor at every depth (i > 0 rather than i > start),
# so a combination can never use two coins of the same value.
def combination_sum2(candidates: List[int], target: int) -> List[List[int]]:
    values = sorted(candidates)
    result = []
    current = []

    def pick(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(current[:])
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            if i > 0 and values[i] == values[i - 1]:
                continue
            current.append(values[i])
            pick(i + 1, remaining - values[i])
            current.pop()

    pick(0, target)
    return result
