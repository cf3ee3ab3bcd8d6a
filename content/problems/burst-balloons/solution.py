class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        vals = [1] + nums + [1]
        size = len(vals)
        # best[l][r]: most coins from bursting every balloon strictly between l and r.
        best = [[0] * size for _ in range(size)]
        by_right = [[0] * size for _ in range(size)]  # by_right[r][k] = best[k][r]
        for gap in range(2, size):
            for left in range(size - gap):
                right = left + gap
                outer = vals[left] * vals[right]
                row, col = best[left], by_right[right]
                # k is the last balloon burst between left and right.
                value = max(
                    row[k] + col[k] + outer * vals[k] for k in range(left + 1, right)
                )
                row[right] = value
                col[left] = value
        return best[0][size - 1]
