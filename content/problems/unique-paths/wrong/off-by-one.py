# Counts paths on an m x n grid of lines instead of cells.
class Solution:
    def uniquePaths(self, m, n):
        return comb(m + n, m)
