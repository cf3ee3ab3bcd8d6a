def spiral_order(matrix: List[List[int]]) -> List[int]:
    pass
