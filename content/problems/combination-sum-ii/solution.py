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
                break  # sorted: every later value is too big too
            if i > start and values[i] == values[i - 1]:
                continue  # same value, same combinations
            current.append(values[i])
            pick(i + 1, remaining - values[i])
            current.pop()

    pick(0, target)
    return result
