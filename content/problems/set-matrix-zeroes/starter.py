def set_zeroes(matrix: List[List[int]]) -> List[List[int]]:
    pass
