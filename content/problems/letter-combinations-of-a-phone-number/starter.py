def letter_combinations(digits: str) -> List[str]:
    pass
