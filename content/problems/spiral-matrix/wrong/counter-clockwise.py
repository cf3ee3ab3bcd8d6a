# Goes down the left column first: a counter-clockwise spiral.
def spiral_order(matrix: List[List[int]]) -> List[int]:
    transposed = [list(col) for col in zip(*matrix)]
    result = []
    top, bottom = 0, len(transposed) - 1
    left, right = 0, len(transposed[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            result.append(transposed[top][c])
        top += 1
        for r in range(top, bottom + 1):
            result.append(transposed[r][right])
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                result.append(transposed[bottom][c])
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                result.append(transposed[r][left])
            left += 1
    return result
