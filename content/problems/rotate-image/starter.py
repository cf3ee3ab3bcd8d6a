def rotate(matrix: List[List[int]]) -> List[List[int]]:
    pass
