# Handles the carry but forgets to add a digit when every digit was 9.
def plus_one(digits: List[int]) -> List[int]:
    result = list(digits)
    for i in range(len(result) - 1, -1, -1):
        if result[i] < 9:
            result[i] += 1
            return result
        result[i] = 0
    return result
