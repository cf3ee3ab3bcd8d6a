def pacific_atlantic(heights: List[List[int]]) -> List[List[int]]:
    rows, cols = len(heights), len(heights[0])
    flat = [h for row in heights for h in row]

    def climb(starts):
        # Search uphill from the shore: the cells found are exactly those that drain to it.
        seen = bytearray(rows * cols)
        stack = []
        for r, c in starts:
            if not seen[r * cols + c]:
                seen[r * cols + c] = 1
                stack.append(r * cols + c)
        while stack:
            cell = stack.pop()
            r, c = divmod(cell, cols)
            h = flat[cell]
            if r > 0 and not seen[cell - cols] and flat[cell - cols] >= h:
                seen[cell - cols] = 1
                stack.append(cell - cols)
            if r < rows - 1 and not seen[cell + cols] and flat[cell + cols] >= h:
                seen[cell + cols] = 1
                stack.append(cell + cols)
            if c > 0 and not seen[cell - 1] and flat[cell - 1] >= h:
                seen[cell - 1] = 1
                stack.append(cell - 1)
            if c < cols - 1 and not seen[cell + 1] and flat[cell + 1] >= h:
                seen[cell + 1] = 1
                stack.append(cell + 1)
        return seen

    pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
    atlantic = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
    return [[r, c] for r in range(rows) for c in range(cols) if pacific[r * cols + c] and atlantic[r * cols + c]]
