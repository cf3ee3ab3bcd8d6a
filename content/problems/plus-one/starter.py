def plus_one(digits: List[int]) -> List[int]:
    pass
